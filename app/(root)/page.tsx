import { HomeRoute } from '../_routes/HomeRoute';

/**
 * "/" is the English site, but a reader whose browser prefers Spanish is sent to "/es/" with the
 * same view (query and hash). Links to "/en/" are an explicit choice and are never redirected.
 */
const CHOOSE_LANGUAGE = `(function(){try{var l=(navigator.languages&&navigator.languages[0])||navigator.language||'';if(/^es(-|$)/i.test(l)){location.replace(location.pathname.replace(/\\/?$/,'/')+'es/'+location.search+location.hash);}}catch(e){}})();`;

export default function Home() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: CHOOSE_LANGUAGE }} />
      <HomeRoute locale="en" />
    </>
  );
}
