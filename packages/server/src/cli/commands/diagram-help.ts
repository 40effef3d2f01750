/** The `ascent diagram --help` text: every kind's input JSON, with an example. */

const FRAMEWORK = `"framework": {"name": "…", "levels": [{"id": "self", "name": "Self",
                 "stages": [{"id": "self-awareness", "name": "Awareness"}, …]}, …]}`;

/** Help appended after the options list. */
export const DIAGRAM_HELP = `
Kinds and their --input JSON (every kind but permission and chain needs a framework:
  ${FRAMEWORK}
  — 1 to 12 levels, 1 to 4 stages each; "ascent framework export" output works as is):

  levels      {framework}                      the scope levels, Self at the bottom
  axis        {framework}                      the awareness → ownership arrow
  zigzag      {framework, progress?}           the path of stages; progress 0..N styles reached/working-on/ahead
  diagonal    {framework}                      the simple diagonal arrow
  person      {framework, person: {name, self: {progress}|null, mentor: {progress}|null,
               history?: [{at, progress}]}}
  team        {framework, name?, mode?: "auto"|"marks"|"counts", coverageStageId?,
               teams: [{id, name}], people: [{id, name, teamId|null, progress|null}]}
  pipeline    {framework, series: [{at: "2026-03", counts: {"<stage id>": 4, …}}]}
  timeline    {framework, person: {name}, history: [{at, progress}],
               moments?: [{at, state: "aware"|"extended"|"accepted"|"result"|"no_change", label}]}
  permission  {giver: {name}, receiver: {name}, state?}
  chain       {people: [{id, name}], moments: [{giverId, receiverId, state}]}

Dates are ISO-8601 ("2026-03-01T09:30:00.000Z"); progress is a number from 0 to the number of stages.

From the database instead of a file (the organisation's current positions):
  --person EMAIL   person (self and mentor view, path over time), zigzag, timeline (with moments)
  --team NAME      team (on the grid, with leadership coverage), pipeline (last 12 months)
  --org            team, pipeline, chain (Awesome Permission givers → receivers), levels, axis, zigzag, diagonal

Examples:
  ascent diagram person --person dana@example.com --out dana.svg
  ascent diagram team --team Platform --format png --scale 2 --out platform.png
  ascent diagram pipeline --org --format txt
  ascent diagram zigzag --input framework.json --out path.svg
  ascent diagram person --input dana.json --format png --scale 2 --out dana.png
  ascent diagram permission --input moment.json --theme dark --no-labels > moment.svg
  echo '{"giver":{"name":"Ada"},"receiver":{"name":"Dana"},"state":"accepted"}' | ascent diagram permission --input -`;
