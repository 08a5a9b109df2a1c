import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { InfluenceTower } from '../../../src/features/editing/InfluenceTower.tsx'

function Harness({ start }: { start: number }) {
  const [value, setValue] = useState(start)
  return <InfluenceTower label="Invloed van Gemeente in Start" value={value} onChange={setValue} />
}

describe('InfluenceTower', () => {
  it('is a slider from 0 to 8 that the keyboard moves', async () => {
    const user = userEvent.setup()
    render(<Harness start={3} />)
    const tower = screen.getByRole('slider', { name: 'Invloed van Gemeente in Start' })
    expect(tower).toHaveAttribute('aria-valuemin', '0')
    expect(tower).toHaveAttribute('aria-valuemax', '8')
    expect(tower).toHaveAttribute('aria-valuetext', '3 van 8')
    await user.tab()
    expect(tower).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(tower).toHaveAttribute('aria-valuenow', '5')
    await user.keyboard('{ArrowDown}')
    expect(tower).toHaveAttribute('aria-valuenow', '4')
    await user.keyboard('{End}{ArrowUp}')
    expect(tower).toHaveAttribute('aria-valuenow', '8')
    await user.keyboard('{PageDown}')
    expect(tower).toHaveAttribute('aria-valuenow', '6')
    await user.keyboard('{Home}{ArrowLeft}')
    expect(tower).toHaveAttribute('aria-valuenow', '0')
  })

  it('shows one filled disc per point and a click on a disc sets that height', async () => {
    const user = userEvent.setup()
    const { container } = render(<Harness start={2} />)
    const discs = () => [...container.querySelectorAll('.influence-tower__disc')]
    expect(discs().filter((d) => d.classList.contains('is-on'))).toHaveLength(2)
    // Discs are listed top (8) to bottom (1).
    await user.click(discs()[8 - 6]!)
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', '6')
    await user.click(discs()[8 - 6]!)
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuenow', '5')
  })
})
