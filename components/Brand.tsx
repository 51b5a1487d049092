export interface BrandProps {
  name: string;
  tagline: string;
}

/** The product's name and a one-line promise, at the top of the popup and the options page. */
export function Brand({ name, tagline }: BrandProps) {
  return (
    <header class="brand">
      <img class="brand__icon" src="/icon/48.png" alt="" width={24} height={24} />
      <div>
        <h1 class="brand__name">{name}</h1>
        <p class="brand__tagline">{tagline}</p>
      </div>
    </header>
  );
}
