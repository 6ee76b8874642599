import { HomeRoute } from '../_routes/HomeRoute';

export default function Home() {
  return <HomeRoute locale="en" />;
}
