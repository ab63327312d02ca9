import ContentLink from './ContentLink.astro';
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import Heading4 from './Heading4.astro';
import Heading5 from './Heading5.astro';
import Heading6 from './Heading6.astro';

/**
 * Components every rendered content body uses. A `#` heading in a body becomes an h2, so a page
 * keeps its single h1 whatever an author writes.
 */
export const contentComponents = {
  a: ContentLink,
  h1: Heading2,
  h2: Heading2,
  h3: Heading3,
  h4: Heading4,
  h5: Heading5,
  h6: Heading6,
};
