/**
 * The publishing CI `hf init` writes beside the validation CI (init-files.ts):
 * on the main branch, check the repository with `hf validate`, build the public
 * website with `hf site`, and publish it with GitHub Pages (a workflow of its
 * own) and GitLab Pages (a `pages` job added to .gitlab-ci.yml). A repository
 * with errors is not published. Pure text from the answers.
 */
import { branchRule, flowScalar, oneLine, type InitAnswers } from './answers.js';


/** `.github/workflows/nettsted.yml`: build and publish with GitHub Pages. */
export function githubPagesWorkflow(a: InitAnswers): string {
  return `# Bygger det offentlige nettstedet med hf og publiserer det med GitHub Pages
# hver gang ${oneLine(a.branch)} endres, og hver natt (så «neste møter» følger datoen).
# Slå på GitHub Pages én gang: Settings → Pages → Source: GitHub Actions.
# Skjermede saker, vedlegg og avsnitt kommer aldri med på nettstedet.
name: nettsted
on:
  push:
    branches: [${flowScalar(a.branch)}]
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Installer hf
        run: npm ci
      - name: Kontroller filene
        run: npx --no hf validate --format github
      - name: Finn adressen til nettstedet
        id: pages
        uses: actions/configure-pages@v5
      - name: Bygg nettstedet
        env:
          BASE_URL: \${{ steps.pages.outputs.base_url }}
        run: npx --no hf site -o _site --base-url "$BASE_URL/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Publiser
        id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** The `pages` job for .gitlab-ci.yml: GitLab Pages publishes the folder `public`. */
export function gitlabPagesJob(a: InitAnswers): string {
  return `
# Bygger det offentlige nettstedet med hf og publiserer det med GitLab Pages når
# ${oneLine(a.branch)} endres (en planlagt kjøring hver natt holder «neste møter» à jour:
# Build → Pipeline schedules). Skjermet innhold kommer aldri med på nettstedet.
pages:
  image: node:20
  stage: deploy
  rules:
    - if: ${branchRule(a.branch)}
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  script:
    - npm ci --cache .npm --prefer-offline
    - npx --no hf validate
    - npx --no hf site -o public --base-url "$CI_PAGES_URL/"
  artifacts:
    paths:
      - public
`;
}

/** Adds the publishing CI to the files of a new repository. */
export function addSiteFiles(files: Map<string, string>, a: InitAnswers): void {
  files.set('.github/workflows/nettsted.yml', githubPagesWorkflow(a));
  const gitlab = files.get('.gitlab-ci.yml');
  if (gitlab !== undefined) files.set('.gitlab-ci.yml', gitlab + gitlabPagesJob(a));
}
