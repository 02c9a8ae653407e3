namespace NewsModel.WebSample;

/// <summary>The site's one style sheet, inline with the CSP nonce. Logical properties (<c>inline-start</c>) so that right-to-left pages mirror.</summary>
internal static class Styles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --accent: #0b5cad; --badge: #6b3fa0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.55 system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1.25rem; background: #fff; border-block-end: 1px solid var(--line); }
        .brand { font-weight: 700; font-size: 1.25rem; color: var(--ink); text-decoration: none; }
        nav.languages ul { display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: 0; list-style: none; }
        nav.languages a { display: inline-block; padding: .1rem .4rem; border-radius: .25rem; font-size: .8rem; color: var(--accent); text-decoration: none; }
        nav.languages a[aria-current] { background: var(--accent); color: #fff; }
        main { max-width: 46rem; margin: 1.5rem auto; padding: 0 1.25rem 12rem; }
        article, .home { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1.25rem 1.5rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: .75rem 0 .25rem; }
        .lead { font-size: 1.15rem; font-weight: 500; }
        .meta, .reading-time, figcaption, .platform { color: var(--muted); font-size: .9rem; }
        .hero { margin: 0; }
        .hero-art { aspect-ratio: 16 / 7; border-radius: .4rem; background: linear-gradient(160deg, #ffcf7a 0%, #f38b5f 35%, #3b7bbf 70%, #1c3f66 100%); }
        .card-art { aspect-ratio: 16 / 6; border-radius: .3rem; background: linear-gradient(135deg, #b9d7ea, #5f8fb5); }
        .badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .75rem; font-weight: 600; color: #fff; background: var(--badge); }
        .badge.ai-reported { background: #0f7a5a; }
        .reactions ul, .cards { list-style: none; margin: 0; padding: 0; }
        .reactions li { border-inline-start: 3px solid var(--accent); padding-inline-start: .75rem; margin: .75rem 0; }
        blockquote { margin: 0; }
        .cards figure { margin: 0 0 .4rem; }
        .cards .card { border-block-start: 1px solid var(--line); padding: .75rem 0; }
        .cards h3, .home h2 { margin: .25rem 0; font-size: 1.05rem; }
        .home h2 a { color: var(--ink); }
        .consent { position: fixed; inset-inline: 1rem; inset-block-end: 1rem; max-width: 40rem; margin-inline: auto; padding: 1rem 1.25rem; background: #fff; border: 1px solid var(--line); border-radius: .6rem; box-shadow: 0 6px 24px rgb(0 0 0 / .18); }
        .consent h2 { margin: 0 0 .25rem; font-size: 1.1rem; }
        .consent-actions { display: flex; gap: .5rem; flex-wrap: wrap; }
        .consent button { font: inherit; padding: .4rem 1.1rem; border-radius: .35rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
        .consent #consent-accept { background: var(--accent); color: #fff; }
        .consent-settings { margin-block-start: .5rem; font-size: .9rem; }
        .purposes { list-style: none; padding: 0; }
        .purposes li { margin: .35rem 0; }
        footer.site { max-width: 46rem; margin: 0 auto 2rem; padding: 0 1.25rem; }
        """;
}
