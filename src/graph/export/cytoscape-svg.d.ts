// cytoscape-svg ships no types. It registers `cy.svg()` on the core when passed to `cytoscape.use`.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape'
  const register: cytoscape.Ext
  export default register
}
