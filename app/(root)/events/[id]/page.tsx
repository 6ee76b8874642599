import { EventRoute, eventMetadata, eventParams } from '../../../_routes/EventRoute';

export const dynamicParams = false;
export const generateStaticParams = eventParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return eventMetadata('en', (await params).id);
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  return <EventRoute locale="en" id={(await params).id} />;
}
