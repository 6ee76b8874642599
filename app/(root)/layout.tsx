import { Document } from '@/components/shell/Document';
import { siteMetadata } from '../_routes/siteMetadata';

export const metadata = siteMetadata('en');

/** The root paths ("/", "/events/x/", "/embed/") are the English site. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <Document locale="en">{children}</Document>;
}
