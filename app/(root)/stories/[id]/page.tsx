import { StoryRoute, storyMetadata, storyParams } from '../../../_routes/StoryRoute';

export const dynamicParams = false;
export const generateStaticParams = storyParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return storyMetadata('en', (await params).id);
}

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  return <StoryRoute locale="en" id={(await params).id} />;
}
