import { Link } from 'react-router';
import { useTitle } from '../lib/use-title';

export function NotFound() {
  useTitle('Not found');
  return (
    <section>
      <h1>Nothing here</h1>
      <p>
        This address is not a view of Foothold. <Link to="/">Go to the firms</Link>.
      </p>
    </section>
  );
}
