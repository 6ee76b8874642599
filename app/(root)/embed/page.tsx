import { EmbedRoute, embedMetadata } from '../../_routes/EmbedRoute';

export const metadata = embedMetadata('en');

export default function Embed() {
  return <EmbedRoute locale="en" />;
}
