import { Document } from '@/components/shell/Document';

/** The root paths ("/", "/events/x/", "/embed/") are the English site. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <Document locale="en">{children}</Document>;
}
