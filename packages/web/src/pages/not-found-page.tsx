/** Anything the app does not know: say so kindly and offer the way home. */
import { Link } from "react-router";

/** The not-found page. */
export default function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <h1>Not found</h1>
      <p>This page does not exist, or it is not yours to see.</p>
      <Link className="btn btn--primary" to="/">
        Go to your home page
      </Link>
    </div>
  );
}
