/// The report's stylesheet, inlined: readable on a phone (one column, tables
/// that scroll sideways on their own), printable (A4, each part on a new
/// page, no question split over two pages, colours kept), and legible in
/// greyscale (the second variant is hatched as well as coloured).
enum ReportStyle {
    static let css = """
    :root{--wt:#0072B2;--mo:#E69F00;--ink:#1a1a1a;--muted:#555;--rule:#ccc;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);line-height:1.45}
    body{margin:0 auto;max-width:52rem;padding:1rem}
    h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid var(--ink)}
    h3{font-size:1.05rem;margin:1.5rem 0 .3rem}
    .meta,.apart,.test,.note{color:var(--muted);font-size:.9rem;margin:.2rem 0}
    .test strong{color:var(--ink)}
    .core{display:inline-block;font-size:.75rem;border:1px solid var(--ink);border-radius:.6rem;padding:0 .4rem;margin-left:.3rem;vertical-align:middle}
    .qid{font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted)}
    figure{margin:.5rem 0}svg.chart{width:100%;max-width:34rem;height:auto;display:block}
    svg .label{font-size:12px;fill:var(--ink)}svg .value,svg .axis{font-size:10px;fill:var(--ink)}
    svg .grid{stroke:#ddd;stroke-width:1}svg .ci{stroke:#000;stroke-width:1.3;fill:none}svg .halo{stroke:#fff;stroke-width:3.5;fill:none}
    svg .bar{stroke:#000;stroke-width:.5}
    .legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem}
    .swatch{display:inline-block;width:1.1rem;height:.8rem;border:1px solid #000;margin-right:.3rem;vertical-align:middle}
    .swatch.v0{background:var(--wt)}.swatch.v2{background:#CC79A7}.swatch.v1{background:repeating-linear-gradient(45deg,var(--mo) 0 3px,#6b4a00 3px 5px)}
    .whisker{display:inline-block;width:1.1rem;height:.6rem;border-left:2px solid #000;border-right:2px solid #000;background:linear-gradient(#000,#000) center/100% 2px no-repeat;margin-right:.3rem;vertical-align:middle}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;margin:.4rem 0;font-size:.88rem;min-width:60%}
    caption{text-align:left;font-weight:600;padding:.2rem 0;caption-side:top}
    th,td{border-bottom:1px solid var(--rule);padding:.2rem .5rem;text-align:left;vertical-align:top}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    blockquote{margin:.5rem 0 .8rem;padding:.1rem .8rem;border-left:4px solid var(--rule)}
    blockquote p{margin:.3rem 0}blockquote footer{font-size:.85rem;color:var(--muted)}
    nav ol{columns:2 14rem}
    .question{border-top:1px solid var(--rule);margin-top:1rem}
    .interval{color:var(--muted)}th.sub{padding-left:1.5rem;font-weight:normal}
    @media (max-width:30rem){body{padding:.6rem}table{font-size:.8rem}nav ol{columns:1}.interval{display:block}}
    @media print{
      @page{size:A4;margin:14mm 12mm}
      body{max-width:none;padding:0;font-size:10pt}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      nav{display:none}
      section.part{break-before:page}
      .question,figure,table,blockquote{break-inside:avoid}
      h2,h3{break-after:avoid}
      .scroll{overflow:visible}
    }
    """
}
