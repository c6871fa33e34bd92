#!/usr/bin/env python3
# generate.py — writes the HTML fixtures (NAME.html) and their gold text
# (NAME.gold.txt) from articles.py, each article in the markup of a
# different kind of news site. Run it from this folder; the output is
# committed, so the tests do not need Python.
#
# Copyright 2026 The Entente authors
# SPDX-License-Identifier: GPL-3.0-or-later

import html
import json
import random

from articles import ARTICLES

E = html.escape

COOKIE = ("We and our partners use cookies and similar technologies to store and access information on your "
          "device, to measure audiences, to personalise advertising and content, and to improve our services. "
          "You can accept all cookies, refuse them, or choose which purposes you agree to at any time by "
          "visiting the privacy settings linked at the bottom of every page.")
LEGAL = ("All content on this site is protected by copyright and may not be reproduced, distributed, "
         "transmitted, cached or otherwise used without the prior written permission of the publisher, "
         "except as permitted under our terms of use. Market data is delayed by at least fifteen minutes.")
NEWSLETTER = ("Get the day's most important world news delivered to your inbox every morning, with analysis "
              "from our correspondents in more than forty countries. Sign up now, it only takes a minute.")
COMMENTS = [
    ("Marta K.", "This is exactly what many analysts predicted months ago, and yet the governments involved "
                 "acted as if they were surprised. I wonder how long the new arrangement will last, given "
                 "the history of broken promises in the region."),
    ("oldreader1952", "Another article that leaves out the economic background. Without understanding who "
                      "pays for what, none of these alliances make any sense to ordinary readers like me."),
    ("Tomasz", "Good reporting, thank you. Would love to see a follow-up on how neighbouring countries are "
               "reacting, especially the smaller ones that rarely get any attention in the press."),
]
BIO = ("{name} is a correspondent covering diplomacy and security. Before joining the paper she reported "
       "from the Middle East and Central Asia for a decade, and she is the author of a book on mediation.")
MENU = ["World", "Politics", "Business", "Opinion", "Science", "Culture", "Sport", "Podcasts"]


def paragraphs(art):
    return art[5]


def gold(art, paras, dateline=None):
    out = [art[1]]
    for i, p in enumerate(paras):
        text = p[2:] if p[:2] in ("##", "> ", "* ") else p
        text = text.strip()
        if i == 0 and dateline:
            text = dateline + text
        out.append(text)
    return "\n\n".join(out) + "\n"


def body_html(paras, dateline=None, ptag="p", ad_every=0, ad_html="", readmore=None):
    out = []
    in_list = False
    for i, p in enumerate(paras):
        if p.startswith("* "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % E(p[2:]))
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if p.startswith("## "):
            out.append("<h2>%s</h2>" % E(p[3:]))
        elif p.startswith("> "):
            out.append("<blockquote><p>%s</p></blockquote>" % E(p[2:]))
        else:
            text = E(p)
            if i == 0 and dateline:
                text = "<strong>%s</strong>%s" % (E(dateline), text)
            out.append("<%s>%s</%s>" % (ptag, text, ptag))
        if ad_every and i % ad_every == ad_every - 1 and i < len(paras) - 1:
            out.append(ad_html)
        if readmore and i == 1:
            out.append(readmore)
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def related(others, klass="related", teaser=True):
    items = []
    for o in others:
        t = ("<p>%s</p>" % E(o[5][0][:140] + "...")) if teaser else ""
        items.append('<li><a href="/world/%s">%s</a>%s</li>' % (o[0], E(o[1]), t))
    return '<section class="%s"><h2>Related stories</h2><ul>%s</ul></section>' % (klass, "".join(items))


def nav(klass="site-nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (
        klass, "".join('<li><a href="/%s">%s</a></li>' % (m.lower(), m) for m in MENU))


def comments_html(klass="comments"):
    items = "".join('<li class="comment"><div class="comment-author">%s</div><p>%s</p></li>' % (E(a), E(t))
                    for a, t in COMMENTS)
    return ('<section id="comments" class="%s"><h3>%d comments</h3><ol class="comment-list">%s</ol>'
            '<form class="comment-form"><textarea></textarea><button>Post</button></form></section>'
            % (klass, len(COMMENTS), items))


def head(art, site, extra=""):
    return ('<head><meta charset="utf-8"><title>%s | %s</title>'
            '<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">'
            '<meta name="author" content="%s"><meta property="article:published_time" content="%sT09:30:00Z">'
            '<link rel="canonical" href="https://%s/world/%s">'
            '<link rel="stylesheet" href="/static/main.css"><script src="/static/app.js"></script>%s</head>'
            % (E(art[1]), site, E(art[1]), site, E(art[2]), art[3], site.lower().replace(" ", ""), art[0], extra))


def style_wire(art, others):
    dl = "%s, %s (Meridian Wire) -- " % (art[4], "the date")
    dl = "%s (Meridian Wire) -- " % art[4]
    page = ('<!DOCTYPE html><html lang="en">%s<body><div class="topbar"><a href="/">Meridian Wire</a>'
            '<form class="search"><input name="q"></form></div>%s<div class="container"><div class="main-col">'
            '<h1 class="headline">%s</h1><div class="byline">By %s</div><div class="dateline">%s</div>'
            '<div class="story-body">%s</div><div class="tags"><a href="/t/diplomacy">Diplomacy</a> '
            '<a href="/t/security">Security</a></div></div><div class="sidebar"><h3>Most read</h3>%s</div></div>'
            '<footer><p>%s</p><p>&copy; 2024 Meridian Wire</p></footer></body></html>'
            % (head(art, "Meridian Wire"), nav(), E(art[1]), E(art[2]), art[3],
               body_html(art[5], dateline=dl), related(others, "most-read", teaser=False), LEGAL))
    return page, gold(art, art[5], dl)


def style_broadsheet(art, others):
    ad = '<div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>'
    page = ('<!DOCTYPE html><html>%s<body><div id="cookie-banner" class="cookie-consent"><p>%s</p>'
            '<button>Accept all</button><button>Manage</button></div><header class="masthead">'
            '<a class="logo" href="/">The Northern Ledger</a>%s</header><main><article>'
            '<header><p class="kicker">World</p><h1>%s</h1><p class="standfirst-byline">By <a rel="author" '
            'href="/profile">%s</a></p><time datetime="%sT09:30:00Z">%s</time></header>'
            '<figure><img src="/img/1.jpg" alt=""><figcaption>Delegates at the talks. Photograph: Agency</figcaption>'
            '</figure><div class="article-body">%s</div></article>%s</main>%s<footer class="site-footer">'
            '<p>%s</p></footer></body></html>'
            % (head(art, "The Northern Ledger"), COOKIE, nav(), E(art[1]), E(art[2]), art[3], art[3],
               body_html(art[5], ad_every=2, ad_html=ad), related(others), comments_html(), LEGAL))
    return page, gold(art, art[5])


def style_wordpress(art, others):
    page = ('<!DOCTYPE html><html>%s<body class="single single-post"><div id="page" class="site">'
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Frontline Notes</a></p>'
            '<nav id="site-navigation" class="main-navigation">%s</nav></header><div id="content" class="site-content">'
            '<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post">'
            '<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">'
            '<time class="entry-date published">%s</time></span> <span class="byline">by %s</span></div></header>'
            '<div class="entry-content">%s<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li>'
            '<li><a href="#">Facebook</a></li></ul></div></div><footer class="entry-footer">Posted in World</footer>'
            '</article><nav class="post-navigation"><a href="/prev">Previous post: %s</a></nav>%s</main></div>'
            '<aside id="secondary" class="widget-area"><section class="widget"><h2>About</h2><p>%s</p></section>'
            '</aside></div><div class="cookie-notice"><p>%s</p></div></div></body></html>'
            % (head(art, "Frontline Notes"), nav("menu"), E(art[1]), art[3], E(art[2]), body_html(art[5]),
               E(others[0][1]), comments_html("comments-area"), NEWSLETTER, COOKIE))
    return page, gold(art, art[5])


def style_liveblog(art, others):
    entries = []
    times = ["18:42", "17:15", "16:03", "14:50", "13:21", "12:08", "11:00"]
    for i, p in enumerate(art[5]):
        if p.startswith("## "):
            entries.append('<h2>%s</h2>' % E(p[3:]))
            continue
        text = p[2:] if p.startswith("* ") else p
        entries.append('<div class="live-update" id="update-%d"><div class="update-meta"><time>%s</time> '
                       '<span class="update-author">%s</span></div><div class="update-body"><p>%s</p></div>'
                       '<div class="share-tools"><a href="#">Share</a></div></div>'
                       % (i, times[i % len(times)], E(art[2]), E(text)))
    page = ('<!DOCTYPE html><html>%s<body><header><div class="brand">Daily Courier Live</div>%s</header>'
            '<div class="live-header"><span class="live-badge">LIVE</span><h1>%s</h1>'
            '<p class="last-updated">Updated 18:42 GMT</p></div><div class="liveblog-body">%s'
            '<button class="load-more">Load more updates</button></div><aside class="promo"><p>%s</p></aside>'
            '%s<footer><p>%s</p></footer></body></html>'
            % (head(art, "Daily Courier"), nav(), E(art[1]), "\n".join(entries), NEWSLETTER,
               related(others, "more-stories"), LEGAL))
    return page, gold(art, [p for p in art[5]])


def style_tabloid(art, others):
    ad = ('<div class="ad-slot ad-slot--inline"><p>ADVERTISEMENT</p><iframe src="https://ads.example/slot"></iframe>'
          '</div>')
    readmore = '<p class="read-more"><strong>Read more:</strong> <a href="/x">%s</a></p>' % E(others[1][1])
    newsletter = ('<div class="newsletter-signup"><h4>Sign up for our World Briefing</h4><p>%s</p>'
                  '<input type="email"><button>Subscribe</button></div>' % NEWSLETTER)
    page = ('<!DOCTYPE html><html>%s<body><div class="top-ad ad-slot"><iframe src="https://ads.example/top">'
            '</iframe></div><header class="header">%s</header><div class="article-wrapper"><h1>%s</h1>'
            '<div class="author-meta">By %s | Published %s</div><div class="article-text">%s%s</div>'
            '<div class="trending"><h3>Trending now</h3>%s</div></div><div class="taboola-feed"><p>You may like: '
            'Doctors stunned by this simple trick that melts fat overnight. Readers in your area are switching '
            'energy provider and saving hundreds every year.</p></div><footer>%s</footer></body></html>'
            % (head(art, "The Daily Bugle"), nav(), E(art[1]), E(art[2]), art[3],
               body_html(art[5], ad_every=2, ad_html=ad, readmore=readmore), newsletter,
               related(others, "trending-list", teaser=False), LEGAL))
    return page, gold(art, art[5])


def style_oldschool(art, others):
    dl = "%s -- " % art[4]
    text = "<br><br>\n".join(E(p[2:] if p[:2] in ("##", "* ") else p).replace("# ", "", 1) if not p.startswith("## ")
                             else E(p[3:]) for p in art[5])
    text = "<b>%s</b>%s" % (E(dl), text)
    page = ('<html><head><title>%s - Gazette Online</title><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body bgcolor="#ffffff"><table width="100%%" border="0">'
            '<tr><td colspan="2"><img src="/logo.gif"> <a href="/">Home</a> | <a href="/news">News</a> | '
            '<a href="/sport">Sport</a> | <a href="/weather">Weather</a> | <a href="/contact">Contact</a></td></tr>'
            '<tr><td width="160" valign="top"><a href="/a">Archive</a><br><a href="/b">Classifieds</a><br>'
            '<a href="/c">Obituaries</a><br><a href="/d">Letters</a></td><td valign="top">'
            '<font face="Arial" size="4"><b>%s</b></font><br><font size="2">Posted %s by %s</font><br><br>'
            '<font face="Arial" size="2">%s</font><br><br><a href="/print">Printer-friendly version</a> | '
            '<a href="/mail">E-mail this story</a></td></tr><tr><td colspan="2"><font size="1">%s</font></td></tr>'
            '</table></body></html>'
            % (E(art[1]), E(art[1]), art[3], E(art[2]), text, LEGAL))
    return page, gold(art, art[5], dl)


def style_divsoup(art, others):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art[1],
          "datePublished": art[3] + "T08:00:00+01:00", "author": [{"@type": "Person", "name": art[2]}],
          "publisher": {"@type": "Organization", "name": "Pulse News"}}
    paras = "".join('<div class="css-1q2w3e"><p class="css-8ikj7y e1x2c3v0">%s</p></div>' % E(p[2:] if p[:2] in ("##", "* ") else p)
                    for p in art[5])
    links = "".join('<div class="css-9o8i7u"><a class="css-5t6y7u" href="/%s">%s</a></div>' % (o[0], E(o[1]))
                    for o in others)
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>'
            '<script type="application/ld+json">%s</script><style>.css-1q2w3e{margin:0}</style></head><body>'
            '<div id="__next"><div class="css-a1b2c3"><div class="css-d4e5f6"><a href="/">Pulse</a>%s</div>'
            '<div class="css-g7h8i9"><div class="css-j1k2l3"><h1 class="css-m4n5o6">%s</h1>'
            '<div class="css-p7q8r9"><span>%s</span><span>%s</span></div></div><div class="css-s1t2u3">%s</div>'
            '<div class="css-v4w5x6"><div class="css-y7z8a9">Recommended for you</div>%s</div></div></div></div>'
            '<script>window.__NEXT_DATA__ = {"props": {"pageProps": {"id": 1}}}</script></body></html>'
            % (E(art[1]), json.dumps(ld), "".join('<a href="/%s">%s</a>' % (m.lower(), m) for m in MENU),
               E(art[1]), E(art[2]), art[3], paras, links))
    return page, gold(art, art[5])


def style_paginated(art, others):
    first = art[5][:3]
    page = ('<!DOCTYPE html><html>%s<body>%s<div id="wrapper"><div id="article"><h1>%s</h1>'
            '<p class="meta">%s &middot; %s</p><div class="article-content">%s</div>'
            '<div class="pagination"><span class="current">1</span> <a href="?page=2">2</a> '
            '<a href="?page=2" rel="next">Next page &rsaquo;</a></div></div><div id="sidebar">%s</div></div>'
            '<footer><p>%s</p></footer></body></html>'
            % (head(art, "Global Affairs Review"), nav(), E(art[1]), E(art[2]), art[3], body_html(first),
               related(others, "sidebar-related"), LEGAL))
    return page, gold(art, first)


def style_magazine(art, others):
    paras = list(art[5])
    pull = '<aside class="pullquote"><p>&ldquo;%s&rdquo;</p></aside>' % E(paras[1][:90])
    body = body_html(paras[:2]) + pull + body_html(paras[2:])
    page = ('<!DOCTYPE html><html>%s<body><div class="gdpr-overlay" role="dialog"><p>%s</p></div>'
            '<header class="site-header">%s</header><article class="longform"><div class="hero"><h1>%s</h1>'
            '<p class="dek-byline">Words by %s</p><figure class="hero-image"><img src="/hero.jpg">'
            '<figcaption>Photograph: Agency</figcaption></figure></div><section class="longform-body">%s</section>'
            '<div class="author-bio"><p>%s</p></div></article>%s<footer><p>%s</p></footer></body></html>'
            % (head(art, "The Atlas Monthly"), COOKIE, nav(), E(art[1]), E(art[2]), body,
               BIO.format(name=art[2]), related(others, "more-from"), LEGAL))
    return page, gold(art, art[5])


def style_cp1252(art, others):
    paras = [p.replace("'", "\u2019") for p in art[5]]
    page = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<title>%s</title></head><body><div id="nav">%s</div><div id="main"><h1>%s</h1><div class="text">%s</div>'
            '</div><div id="footer"><p>%s</p></div></body></html>'
            % (E(art[1]), nav(), E(art[1]), body_html(paras), LEGAL))
    return page, gold(art, paras)


def style_press(art, others):
    page = ('<!DOCTYPE html><html>%s<body><a class="skip-link" href="#main">Skip to main content</a>'
            '<div class="gov-banner"><p>An official website of the government</p></div>%s'
            '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
            '<li>Press release</li></ol><main id="main"><div class="page-title"><h1>%s</h1></div>'
            '<div class="field field--name-body">%s</div><div class="field--tags"><a href="/t">Foreign policy</a>'
            '</div></main><div class="feedback"><p>Was this page helpful? Tell us how we can improve this page '
            'so that it is easier for everyone to find what they need.</p></div><footer><p>%s</p></footer>'
            '</body></html>' % (head(art, "Ministry Newsroom"), nav(), E(art[1]), body_html(art[5]), LEGAL))
    return page, gold(art, art[5])


def style_amp(art, others):
    ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/world"></amp-ad>'
    page = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s</title>'
            '<link rel="canonical" href="https://www.example-times.com/world/%s">'
            '<style amp-custom>body{font-family:serif}</style></head><body><amp-sidebar id="menu" layout="nodisplay">'
            '%s</amp-sidebar><header class="amp-header"><a href="/">Example Times</a></header><article class="amp-article">'
            '<h1 class="amp-title">%s</h1><div class="amp-byline">By %s</div><amp-img src="/a.jpg" width="600" '
            'height="400"></amp-img><div class="amp-article-body">%s</div></article>%s'
            '<amp-analytics type="gtag"></amp-analytics></body></html>'
            % (E(art[1]), art[0], nav(), E(art[1]), E(art[2]), body_html(art[5], ad_every=3, ad_html=ad),
               related(others, "amp-related")))
    return page, gold(art, art[5])


STYLES = [style_wire, style_broadsheet, style_wordpress, style_liveblog, style_tabloid, style_oldschool,
          style_divsoup, style_paginated, style_magazine, style_cp1252, style_press, style_amp]


def main():
    rng = random.Random(7)
    for i, art in enumerate(ARTICLES):
        style = STYLES[i % len(STYLES)]
        others = rng.sample([a for a in ARTICLES if a is not art], 3)
        page, gold_text = style(art, others)
        name = "%02d-%s-%s" % (i + 1, style.__name__[6:], art[0])
        encoding = "cp1252" if style is style_cp1252 else "utf-8"
        with open(name + ".html", "wb") as f:
            f.write(page.encode(encoding))
        with open(name + ".gold.txt", "w", encoding="utf-8") as f:
            f.write(gold_text)


if __name__ == "__main__":
    main()
