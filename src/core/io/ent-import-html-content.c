/* ent-import-html-content.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ent-import-private.h"

/*
 * Finds the article in a web page, in the manner of Mozilla's Readability:
 * prune what is never article text (scripts, navigation, hidden and
 * clearly unlikely elements), score every paragraph by its length and
 * commas, give the score to the paragraph's ancestors, pick the ancestor
 * with the best score after discounting its links, join the siblings that
 * look like more of the same, and render the result as paragraphs.
 *
 * All walks are bounded: subtrees deeper than MAX_DEPTH are cut off before
 * anything else looks at the page, so a page nested 100,000 deep cannot
 * exhaust the stack.
 */

#define MAX_DEPTH 200
#define MIN_PARAGRAPH 25

typedef struct
{
  double score;
  glong  text;
  glong  links;
  guint  scored : 1;
} NodeInfo;

typedef struct
{
  GArray  *infos;
  gboolean strip_unlikely;
} Extractor;

static const char * const removed_tags[] = {
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
  "embed", "nav", "aside", "footer", "header", "figure", "figcaption", "picture",
  "img", "video", "audio", "dialog", "menu", "button", "input", "select",
  "textarea", "label", "time", "link", "meta", "title", "head", "map", "sup",
  NULL
};

static const char * const block_tags[] = {
  "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tbody",
  "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  "pre", "dl", "dt", "dd", "hr", "address", "center", "details", "summary",
  "fieldset", "form", "body", "html", "caption",
  NULL
};

static const char * const removed_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
  "search", "menu", "menubar", "alert", "note",
  NULL
};

static GRegex *unlikely_regex;
static GRegex *maybe_regex;
static GRegex *negative_regex;
static GRegex *positive_regex;
static GRegex *meta_regex;

static void
init_regexes (void)
{
  static gsize done;

  if (!g_once_init_enter (&done))
    return;
  unlikely_regex = g_regex_new ("(?:^|[-_ ])(?:ads?|ad-?slot|advert\\w*|banner|breadcrumbs?|"
                                "combx|comments?|comment-\\w+|community|cookies?|consent|"
                                "disqus|footer|gdpr|masthead|menu|modal|newsletter|"
                                "outbrain|pager|pagination|popup|promo\\w*|related|remark|"
                                "replies|share|sharing|shoutbox|sidebar|skyscraper|social|"
                                "sponsor\\w*|subscribe|subscription|taboola|tags|toolbar|"
                                "widget|recommend\\w*|trending|most-?read|most-?popular|"
                                "paywall|signup|sign-up|author-bio|bio|more-stories|"
                                "read-?more|see-also|also-read|nav|navbar|topbar|hidden|"
                                "teaser|teasers|jump|skip|print|rail|header|"
                                "newsletter-\\w+|cta|donate|support-us|login|"
                                "pullquote|pull-quote|caption|credits?)(?:$|[-_ ])",
                                G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  maybe_regex = g_regex_new ("and|article|body|column|content|main|shadow|story|entry|"
                             "post|text|blog|prose|rich",
                             G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  negative_regex = g_regex_new ("comment|cookie|consent|related|newsletter|share|social|"
                                "sponsor|promo|advert|outbrain|taboola|recommend|trending|"
                                "popular|paywall|disqus|sidebar|footer|breadcrumb|pagination|"
                                "pager|author-bio|caption|masthead|menu|modal|popup|gdpr|"
                                "signup|subscribe|teaser|pullquote|pull-quote|rail|"
                                "more-stories|read-more|also-read",
                                G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  positive_regex = g_regex_new ("article|body|content|entry|hentry|h-entry|main|page|"
                                "post|text|blog|story|prose|liveblog|live-blog|update",
                                G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  meta_regex = g_regex_new ("(?:^|[-_ ])(?:byline|dateline|timestamp|date|author|meta|kicker|"
                            "eyebrow|updated|published|reading-time|read-time|label|posted-on|"
                            "entry-meta|post-meta|article-meta)(?:$|[-_ ])",
                            G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  g_once_init_leave (&done, 1);
}

const char *
_ent_html_attr (xmlNode    *node,
                const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (g_ascii_strcasecmp ((const char *)attr->name, name) == 0)
      return attr->children != NULL && attr->children->type == XML_TEXT_NODE
               ? (const char *)attr->children->content
               : "";
  return NULL;
}

static gboolean
in_list (const char         *name,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_tag (xmlNode    *node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *)node->name, name) == 0;
}

static gboolean
is_block (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && in_list ((const char *)node->name, block_tags);
}

/* The class and id of an element, joined, for the pattern tests. */
static char *
dup_class_id (xmlNode *node)
{
  const char *klass = _ent_html_attr (node, "class");
  const char *id = _ent_html_attr (node, "id");

  if (klass == NULL && id == NULL)
    return NULL;
  return g_strjoin (" ", klass ? klass : "", id ? id : "", NULL);
}

static gboolean
is_hidden (xmlNode *node)
{
  const char *style = _ent_html_attr (node, "style");
  const char *aria = _ent_html_attr (node, "aria-hidden");
  const char *role = _ent_html_attr (node, "role");

  if (_ent_html_attr (node, "hidden") != NULL)
    return TRUE;
  if (aria != NULL && strcmp (aria, "true") == 0)
    return TRUE;
  if (role != NULL && in_list (role, removed_roles))
    return TRUE;
  if (style != NULL)
    {
      g_autofree char *folded = g_ascii_strdown (style, -1);

      if (strstr (folded, "display:none") || strstr (folded, "display: none") ||
          strstr (folded, "visibility:hidden") || strstr (folded, "visibility: hidden"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_unlikely (Extractor *self,
             xmlNode   *node)
{
  g_autofree char *class_id = NULL;
  const char *name = (const char *)node->name;

  if (!self->strip_unlikely || strcmp (name, "body") == 0 || strcmp (name, "article") == 0 ||
      strcmp (name, "main") == 0 || strcmp (name, "a") == 0 || strcmp (name, "html") == 0)
    return FALSE;
  if ((class_id = dup_class_id (node)) == NULL)
    return FALSE;
  if (!g_regex_match (unlikely_regex, class_id, 0, NULL))
    return FALSE;
  return g_regex_match (negative_regex, class_id, 0, NULL) ||
         !g_regex_match (maybe_regex, class_id, 0, NULL);
}

static gboolean
should_remove (Extractor *self,
               xmlNode   *node)
{
  switch (node->type)
    {
    case XML_ELEMENT_NODE:
      return in_list ((const char *)node->name, removed_tags) || is_hidden (node) ||
             is_unlikely (self, node);
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      return FALSE;
    default:
      return TRUE;
    }
}

static void
remove_node (xmlNode *node)
{
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

/* Removes what is never article text, and everything below MAX_DEPTH. */
static void
prune (Extractor *self,
       xmlNode   *node,
       guint      depth)
{
  xmlNode *child = node->children;

  while (child != NULL)
    {
      xmlNode *next = child->next;

      if (depth >= MAX_DEPTH || should_remove (self, child))
        remove_node (child);
      else if (child->type == XML_ELEMENT_NODE)
        prune (self, child, depth + 1);
      child = next;
    }
}

static NodeInfo *
info_of (Extractor *self,
         xmlNode   *node)
{
  guint index = GPOINTER_TO_UINT (node->_private);

  if (index == 0)
    {
      NodeInfo info = { 0 };

      g_array_append_val (self->infos, info);
      index = self->infos->len;
      node->_private = GUINT_TO_POINTER (index);
    }
  return &g_array_index (self->infos, NodeInfo, index - 1);
}

static glong
text_length (const xmlChar *content)
{
  glong n = 0;

  for (const xmlChar *s = content; *s; s++)
    if (!g_ascii_isspace (*s) && (*s & 0xC0) != 0x80)
      n++;
  return n;
}

/* Counts the visible characters of every element, and those inside
 * links, bottom-up. */
static void
measure (Extractor *self,
         xmlNode   *node,
         gboolean   in_link)
{
  NodeInfo *info = info_of (self, node);
  glong text = 0, links = 0;

  in_link = in_link || is_tag (node, "a");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          glong n = text_length (child->content);

          text += n;
          links += in_link ? n : 0;
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          NodeInfo *child_info;

          measure (self, child, in_link);
          child_info = info_of (self, child);
          text += child_info->text;
          links += child_info->links;
        }
    }
  info = info_of (self, node);
  info->text = text;
  info->links = links;
}

static double
link_density (Extractor *self,
              xmlNode   *node)
{
  NodeInfo *info = info_of (self, node);

  return info->text > 0 ? (double)info->links / info->text : 0.0;
}

static double
class_weight (xmlNode *node)
{
  g_autofree char *class_id = dup_class_id (node);
  double weight = 0;

  if (class_id == NULL)
    return 0;
  if (g_regex_match (negative_regex, class_id, 0, NULL))
    weight -= 25;
  if (g_regex_match (positive_regex, class_id, 0, NULL))
    weight += 25;
  return weight;
}

static double
initial_score (xmlNode *node)
{
  const char *name = (const char *)node->name;
  double score = class_weight (node);

  if (strcmp (name, "div") == 0 || strcmp (name, "article") == 0 || strcmp (name, "main") == 0)
    score += 5;
  else if (strcmp (name, "pre") == 0 || strcmp (name, "td") == 0 ||
           strcmp (name, "blockquote") == 0 || strcmp (name, "section") == 0)
    score += 3;
  else if (in_list (name, (const char * const[]) { "address", "ol", "ul", "dl", "dd", "dt",
                                                   "li", "form", NULL }))
    score -= 3;
  else if (name[0] == 'h' && g_ascii_isdigit (name[1]))
    score -= 5;
  return score;
}

static gboolean
has_block_child (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_block (child))
      return TRUE;
  return FALSE;
}

/* A paragraph for scoring: a <p>, <pre>, <td> or <blockquote>, or any other
 * block that holds only inline content (old pages write paragraphs as text
 * between <br> tags inside one <div> or <td>). */
static gboolean
is_paragraph (xmlNode *node)
{
  const char *name = (const char *)node->name;

  if (strcmp (name, "p") == 0 || strcmp (name, "pre") == 0)
    return TRUE;
  if (in_list (name, (const char * const[]) { "div", "section", "article", "td", "blockquote",
                                              "center", "font", "li", "dd", "main", NULL }))
    return !has_block_child (node);
  return FALSE;
}

static guint
count_commas (xmlNode *node,
              guint    depth)
{
  guint n = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        for (const xmlChar *s = child->content; *s; s++)
          n += *s == ',';
      else if (child->type == XML_ELEMENT_NODE && depth < MAX_DEPTH)
        n += count_commas (child, depth + 1);
    }
  return n;
}

static void
add_score (Extractor *self,
           xmlNode   *node,
           double     score)
{
  NodeInfo *info = info_of (self, node);

  if (!info->scored)
    {
      info->scored = TRUE;
      info->score = initial_score (node);
    }
  info->score += score;
}

/* Gives each paragraph's score to its parent, half to its grandparent and
 * a third to the level above (Readability's scheme). */
static void
score_paragraphs (Extractor *self,
                  xmlNode   *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      NodeInfo *info;
      double score;
      xmlNode *ancestor = child->parent;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      score_paragraphs (self, child);
      info = info_of (self, child);
      if (!is_paragraph (child) || info->text < MIN_PARAGRAPH)
        continue;
      score = 1 + count_commas (child, 0) + MIN (info->text / 100, 3);
      score *= 1.0 - MIN (1.0, 2 * link_density (self, child));
      for (guint level = 0; level < 3 && ancestor != NULL && ancestor->type == XML_ELEMENT_NODE;
           level++, ancestor = ancestor->parent)
        add_score (self, ancestor, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
    }
}

static double
final_score (Extractor *self,
             xmlNode   *node)
{
  NodeInfo *info = info_of (self, node);

  return info->scored ? info->score * (1.0 - link_density (self, node)) : -1e9;
}

static void
collect_top (Extractor *self,
             xmlNode   *node,
             xmlNode  **top,
             guint      n_top)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      double score;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      collect_top (self, child, top, n_top);
      if (!info_of (self, child)->scored)
        continue;
      score = final_score (self, child);
      for (guint i = 0; i < n_top; i++)
        if (top[i] == NULL || score > final_score (self, top[i]))
          {
            memmove (top + i + 1, top + i, (n_top - i - 1) * sizeof (xmlNode *));
            top[i] = child;
            break;
          }
    }
}

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* Old table layouts put the whole article in one cell, which scores its
 * row; the row also holds the navigation cells, so the cell is taken. */
static xmlNode *
descend_to_paragraph (Extractor *self,
                      xmlNode   *candidate)
{
  const char *name = (const char *)candidate->name;
  glong total = info_of (self, candidate)->text;

  if (strcmp (name, "tr") != 0 && strcmp (name, "tbody") != 0 && strcmp (name, "table") != 0)
    return candidate;
  for (xmlNode *child = candidate->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && info_of (self, child)->text * 10 >= total * 6)
      return descend_to_paragraph (self, child);
  return candidate;
}

/* When several of the best candidates are children of one element (the
 * entries of a live blog, the sections of a long read), that element is
 * the article. */
static xmlNode *
choose_candidate (Extractor *self,
                  xmlNode   *root)
{
  xmlNode *top[5] = { NULL };
  xmlNode *best;

  collect_top (self, root, top, G_N_ELEMENTS (top));
  if ((best = top[0]) == NULL)
    return root;
  for (xmlNode *parent = best->parent;
       parent != NULL && parent->type == XML_ELEMENT_NODE && parent != root;
       parent = parent->parent)
    {
      guint shared = 0;

      for (guint i = 1; i < G_N_ELEMENTS (top); i++)
        if (top[i] != NULL && final_score (self, top[i]) >= 0.4 * final_score (self, best) &&
            is_ancestor (parent, top[i]))
          shared++;
      if (shared >= 2)
        best = parent;
    }
  return descend_to_paragraph (self, best);
}

static gboolean
sibling_belongs (Extractor *self,
                 xmlNode   *sibling,
                 xmlNode   *candidate)
{
  NodeInfo *info = info_of (self, sibling);
  double threshold = MAX (10, final_score (self, candidate) * 0.2);
  const char *klass = _ent_html_attr (candidate, "class");
  const char *sibling_class = _ent_html_attr (sibling, "class");
  double bonus = (klass != NULL && sibling_class != NULL && strcmp (klass, sibling_class) == 0)
                   ? final_score (self, candidate) * 0.2
                   : 0;

  if (sibling == candidate)
    return TRUE;
  if (info->scored && final_score (self, sibling) + bonus >= threshold)
    return TRUE;
  if (is_tag (sibling, "p") || (is_paragraph (sibling) && !is_tag (sibling, "li")))
    {
      double density = link_density (self, sibling);

      if (info->text > 80 && density < 0.25)
        return TRUE;
      if (info->text > 0 && info->text <= 80 && density == 0 &&
          class_weight (sibling) >= 0 && info->text > 30)
        return TRUE;
    }
  return FALSE;
}


static void
append_break (GString    *out,
              const char *separator)
{
  if (out->len == 0)
    return;
  if (strcmp (separator, "\n\n") == 0 && g_str_has_suffix (out->str, "\n\n"))
    return;
  if (strcmp (separator, "\n") == 0 && g_str_has_suffix (out->str, "\n"))
    return;
  g_string_append (out, separator);
}

/* HTML collapses runs of white space, line breaks included, to one space;
 * only <br> and block boundaries break lines. */
static void
append_text (GString       *out,
             const xmlChar *content,
             gboolean       preformatted)
{
  for (const xmlChar *s = content; *s; s++)
    {
      if (preformatted || !g_ascii_isspace (*s))
        g_string_append_c (out, *s);
      else if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
        g_string_append_c (out, ' ');
    }
}

/* Inside the article: bylines, datelines and time stamps (metadata, not
 * text), and blocks made mostly of links (related stories, tag lists,
 * "Read more:" lines) are left out. */
static gboolean
skip_in_content (Extractor *self,
                 xmlNode   *node)
{
  NodeInfo *info = info_of (self, node);
  g_autofree char *class_id = dup_class_id (node);
  double density = link_density (self, node);
  const char *name = (const char *)node->name;

  if (class_id != NULL && info->text < 120 && g_regex_match (meta_regex, class_id, 0, NULL))
    return TRUE;
  if (class_id != NULL && class_weight (node) < 0)
    return TRUE;
  if (strcmp (name, "p") == 0 || (name[0] == 'h' && g_ascii_isdigit (name[1])))
    return density > 0.7 && info->text < 250;
  if (in_list (name, (const char * const[]) { "ul", "ol", "div", "section", "table", "dl",
                                              "li", "td", "tr", NULL }))
    return density > 0.5 || (density > 0.3 && info->text < 400 && !is_tag (node, "li"));
  return FALSE;
}

static void
render_block (Extractor *self,
              xmlNode   *node,
              GString   *out,
              guint      depth)
{
  gboolean block = is_block (node);
  gboolean pre = is_tag (node, "pre");

  if (skip_in_content (self, node))
    return;
  if (is_tag (node, "br"))
    {
      if (!g_str_has_suffix (out->str, "\n\n"))
        g_string_append_c (out, '\n');
      return;
    }
  if (block)
    append_break (out, "\n\n");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_text (out, child->content, pre);
      else if (child->type == XML_ELEMENT_NODE && depth < MAX_DEPTH)
        render_block (self, child, out, depth + 1);
      if (is_tag (child, "li") || is_tag (child, "tr"))
        append_break (out, "\n\n");
    }
  if (block)
    append_break (out, "\n\n");
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return strcmp (g_strstrip (fa), g_strstrip (fb)) == 0;
}

/* Drops the lines of a paragraph that are boilerplate, and a first line
 * that repeats the title (old pages put headline, byline and text in one
 * block separated by <br>). */
static char *
drop_boilerplate_lines (const char *paragraph,
                        const char *title)
{
  g_auto(GStrv) lines = g_strsplit (paragraph, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (lines[1] != NULL && (_ent_import_is_boilerplate (line) ||
                               (i == 0 && title != NULL && same_text (line, title))))
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/* Drops empty and boilerplate paragraphs, and a heading that repeats the
 * title, which comes first. */
static char *
finish_text (const char *raw,
             const char *title)
{
  g_auto(GStrv) paragraphs = g_strsplit (raw, "\n\n", -1);
  GString *out = g_string_new (title);
  gboolean first = TRUE;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *kept = drop_boilerplate_lines (paragraphs[i], first ? title : NULL);
      char *p = g_strstrip (kept);

      if (*p == '\0' || _ent_import_is_boilerplate (p))
        continue;
      if (first && title != NULL && same_text (p, title))
        {
          first = FALSE;
          continue;
        }
      first = FALSE;
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, p);
    }
  return g_string_free (out, FALSE);
}

char *
_ent_html_node_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_text (out, child->content, FALSE);
      else if (child->type == XML_ELEMENT_NODE && child->children != NULL)
        {
          g_autofree char *inner = _ent_html_node_text (child);

          append_text (out, (const xmlChar *)inner, FALSE);
        }
    }
  return g_strstrip (g_string_free (out, FALSE));
}

char *
_ent_html_extract_content (xmlNode    *root,
                           const char *title,
                           gboolean    strip_unlikely)
{
  Extractor self = { g_array_new (FALSE, TRUE, sizeof (NodeInfo)), strip_unlikely };
  g_autoptr(GString) out = g_string_new (NULL);
  xmlNode *candidate;

  init_regexes ();
  prune (&self, root, 0);
  measure (&self, root, FALSE);
  score_paragraphs (&self, root);
  candidate = choose_candidate (&self, root);
  if (candidate->parent != NULL && candidate->parent->type == XML_ELEMENT_NODE)
    {
      for (xmlNode *sibling = candidate->parent->children; sibling; sibling = sibling->next)
        if (sibling->type == XML_ELEMENT_NODE && sibling_belongs (&self, sibling, candidate))
          render_block (&self, sibling, out, 0);
    }
  else
    render_block (&self, candidate, out, 0);
  g_array_unref (self.infos);
  return finish_text (out->str, title);
}
