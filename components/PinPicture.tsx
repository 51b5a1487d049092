/**
 * A drawing of the browser's toolbar: the puzzle-piece button opens the list of extensions, and the
 * pin beside Unwall keeps its icon in the toolbar. Drawn in the page's text colour, so it reads in
 * light and dark alike; the highlighted steps carry the accent colour.
 */
export function PinPicture({ label, name }: { label: string; name: string }) {
  return (
    <svg class="pin-picture" viewBox="0 0 320 150" role="img" aria-label={label}>
      <title>{label}</title>
      <rect
        x="1"
        y="1"
        width="318"
        height="36"
        rx="6"
        fill="none"
        stroke="currentColor"
        stroke-opacity="0.4"
      />
      <rect x="10" y="9" width="200" height="20" rx="10" fill="currentColor" fill-opacity="0.1" />
      <g class="pin-picture__step" transform="translate(236 8)">
        <circle cx="11" cy="11" r="13" fill="none" stroke="currentColor" stroke-width="2" />
        <path
          d="M5 8h4a2 2 0 1 1 4 0h4v4a2 2 0 1 1 0 4v4h-4a2 2 0 1 0-4 0H5v-4a2 2 0 1 0 0-4z"
          fill="currentColor"
        />
        <text x="11" y="-1" text-anchor="middle" font-size="11" fill="currentColor">
          1
        </text>
      </g>
      <image href="/icon/48.png" x="276" y="9" width="20" height="20" opacity="0.35" />
      <rect
        x="150"
        y="44"
        width="168"
        height="96"
        rx="6"
        fill="none"
        stroke="currentColor"
        stroke-opacity="0.4"
      />
      <image href="/icon/48.png" x="162" y="86" width="20" height="20" />
      <text x="190" y="101" font-size="13" fill="currentColor">
        {name}
      </text>
      <g class="pin-picture__step" transform="translate(282 84)">
        <circle cx="12" cy="12" r="13" fill="none" stroke="currentColor" stroke-width="2" />
        <path
          d="M9 5h6l-1 6 3 3H7l3-3zM12 14v6"
          fill="currentColor"
          stroke="currentColor"
          stroke-width="1.5"
        />
        <text x="12" y="-3" text-anchor="middle" font-size="11" fill="currentColor">
          2
        </text>
      </g>
      <rect x="162" y="56" width="120" height="8" rx="4" fill="currentColor" fill-opacity="0.15" />
      <rect x="162" y="118" width="100" height="8" rx="4" fill="currentColor" fill-opacity="0.15" />
    </svg>
  );
}
