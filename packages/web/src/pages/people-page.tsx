/**
 * The people page: the directory of everyone the signed-in person may see, each with their place
 * on the path (own view and mentor's view apart).
 */
import { PeopleDirectory } from "../components/people-directory/people-directory.js";

/** The page. */
export default function PeoplePage() {
  return (
    <div className="page">
      <header className="page-head">
        <span className="eyebrow">People</span>
        <h1>People</h1>
        <p>The people you work with, and where each of them is on the path.</p>
      </header>
      <PeopleDirectory />
    </div>
  );
}
