// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Brand } from './Brand';

describe('Brand', () => {
  it('shows the name as the heading and the tagline beside it', () => {
    const root = document.createElement('div');
    render(<Brand name="Unwall" tagline="Opens blocked links" />, root);
    expect(root.querySelector('h1')?.textContent).toBe('Unwall');
    expect(root.querySelector('.brand__tagline')?.textContent).toBe('Opens blocked links');
  });
});
