/* ent-painter-page.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ent-painter-private.h"
#include "ent-scene-private.h"

#define MARGIN        24.0
#define TITLE_SIZE    20.0
#define SUBTITLE_SIZE 12.0
#define LEGEND_SIZE   12.0
#define SWATCH_WIDTH  30.0
#define SWATCH_GAP     6.0
#define ITEM_GAP      20.0
#define ROW_HEIGHT    22.0
#define MIN_CONTENT   360.0

typedef enum
{
  LEGEND_CAMP,
  LEGEND_NO_CAMP,
  LEGEND_TIE,
  LEGEND_SHAPE,
} LegendKind;

typedef struct
{
  LegendKind  kind;
  int         value;       /* the camp, the sign or the shape */
  char       *text;
  double      text_width;
  double      text_height;
  double      baseline;
  double      x;           /* the item's top left on the page */
  double      y;
} LegendItem;

typedef struct
{
  char   *text;
  double  width;
  double  height;
  double  baseline;
  double  y;
} Line;

struct _EntPage
{
  double             width;
  double             height;
  cairo_matrix_t     transform;
  Line               title;
  Line               subtitle;
  Line               empty;
  cairo_rectangle_t  drawing;
  double             rule_y;
  GArray            *legend;
  EntPageParts       parts;
};

static void
clear_item (gpointer data)
{
  g_free (((LegendItem *)data)->text);
}

void
_ent_page_free (EntPage *page)
{
  g_free (page->title.text);
  g_free (page->subtitle.text);
  g_free (page->empty.text);
  g_array_unref (page->legend);
  g_free (page);
}

static void
add_item (EntScene   *scene,
          EntPage    *page,
          LegendKind  kind,
          int         value,
          const char *text)
{
  LegendItem item = { kind, value, g_strdup (text) };

  ent_scene_measure_text (scene, text, LEGEND_SIZE, FALSE, &item.text_width, &item.text_height,
                          &item.baseline);
  g_array_append_val (page->legend, item);
}

static const char *
shape_name (EntNodeShape shape)
{
  switch (shape)
    {
    case ENT_NODE_SHAPE_SQUARE:
      return _("Person");
    case ENT_NODE_SHAPE_DIAMOND:
      return _("Organisation");
    case ENT_NODE_SHAPE_TRIANGLE:
      return _("Group");
    case ENT_NODE_SHAPE_CIRCLE:
    default:
      return _("State");
    }
}

/* The legend lists only what the drawing holds, except alliance and
 * opposition, which a reader needs to read any tie. */
static void
collect_legend (EntScene *scene,
                EntPage  *page)
{
  gboolean shapes[4] = { FALSE }, no_camp = FALSE, neutral = FALSE;

  for (guint i = 0; i < ent_scene_get_n_nodes (scene); i++)
    {
      const EntSceneNode *node = ent_scene_get_node (scene, i);

      shapes[node->shape] = TRUE;
      no_camp |= node->camp < 0;
    }
  for (guint i = 0; i < ent_scene_get_n_ties (scene); i++)
    neutral |= ent_scene_get_tie (scene, i)->sign == 0;

  for (guint c = 0; c < ent_scene_get_n_camps (scene); c++)
    add_item (scene, page, LEGEND_CAMP, c, ent_scene_get_camp (scene, c)->label);
  if (no_camp)
    add_item (scene, page, LEGEND_NO_CAMP, -1, _("No camp"));
  add_item (scene, page, LEGEND_TIE, 1, _("Alliance"));
  add_item (scene, page, LEGEND_TIE, -1, _("Opposition"));
  if (neutral)
    add_item (scene, page, LEGEND_TIE, 0, _("Mixed, cancelling out"));
  for (int s = 0; s < 4; s++)
    if (shapes[s])
      add_item (scene, page, LEGEND_SHAPE, s, shape_name (s));
}

static void
measure_line (EntScene *scene,
              Line     *line,
              char     *text,
              double    size,
              gboolean  bold)
{
  line->text = text;
  if (text != NULL)
    ent_scene_measure_text (scene, text, size, bold, &line->width, &line->height, &line->baseline);
}

static char *
counts_line (EntScene *scene)
{
  guint actors = ent_scene_get_n_nodes (scene), ties = ent_scene_get_n_ties (scene);
  guint camps = ent_scene_get_n_camps (scene);
  g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors", actors), actors);
  g_autofree char *t = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tie", "%u ties", ties), ties);
  g_autofree char *c = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u camp", "%u camps", camps), camps);

  /* Translators: the counts under the title of an exported network. */
  return g_strdup_printf (_("%s · %s · %s"), a, t, c);
}

/* Flows the legend items into rows as wide as the drawing. */
static double
flow_legend (EntPage *page,
             double   top,
             double   content)
{
  double x = MARGIN, y = top;

  for (guint i = 0; i < page->legend->len; i++)
    {
      LegendItem *item = &g_array_index (page->legend, LegendItem, i);
      double width = SWATCH_WIDTH + SWATCH_GAP + item->text_width;

      if (x > MARGIN && x + width > MARGIN + content)
        {
          x = MARGIN;
          y += ROW_HEIGHT;
        }
      item->x = x;
      item->y = y;
      x += width + ITEM_GAP;
    }
  return y + ROW_HEIGHT;
}

/* The title and the line of counts, when the page has them: the top they
 * leave for the drawing. */
static double
place_heading (EntPage *page,
               double   y)
{
  if (page->title.text != NULL)
    {
      page->title.y = y;
      y += page->title.height + 2;
    }
  if (page->subtitle.text != NULL)
    {
      page->subtitle.y = y;
      y += page->subtitle.height + 16;
    }
  return y;
}

EntPage *
_ent_page_new (EntPainter *painter)
{
  EntScene *scene = ent_painter_get_scene (painter);
  EntPageParts parts = ent_painter_get_page_parts (painter);
  EntPage *page = g_new0 (EntPage, 1);
  cairo_rectangle_t bounds;
  double content, y;

  page->parts = parts;
  page->legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (page->legend, clear_item);
  ent_scene_get_bounds (scene, &bounds);
  if (ent_scene_get_n_nodes (scene) == 0)
    {
      measure_line (scene, &page->empty, g_strdup (_("No actors or positions to draw")), LEGEND_SIZE, FALSE);
      bounds = (cairo_rectangle_t) { 0, 0, MIN_CONTENT, 80 };
    }
  if (parts & ENT_PAGE_TITLE)
    {
      measure_line (scene, &page->title, g_strdup (ent_painter_get_title (painter)), TITLE_SIZE, TRUE);
      measure_line (scene, &page->subtitle, counts_line (scene), SUBTITLE_SIZE, FALSE);
    }
  if (parts & ENT_PAGE_LEGEND)
    collect_legend (scene, page);

  content = MAX (MAX (bounds.width, MIN_CONTENT), MAX (page->title.width, page->subtitle.width));
  for (guint i = 0; i < page->legend->len; i++)
    content = MAX (content, SWATCH_WIDTH + SWATCH_GAP + g_array_index (page->legend, LegendItem, i).text_width);

  y = place_heading (page, MARGIN);
  page->drawing = (cairo_rectangle_t) { MARGIN + (content - bounds.width) / 2, y, bounds.width, bounds.height };
  cairo_matrix_init_translate (&page->transform, page->drawing.x - bounds.x, page->drawing.y - bounds.y);
  page->empty.y = y + (bounds.height - page->empty.height) / 2;
  y += bounds.height;
  if (parts & ENT_PAGE_LEGEND)
    {
      page->rule_y = y + 16;
      y = flow_legend (page, page->rule_y + 10, content) - 6;
    }

  page->width = ceil (content + 2 * MARGIN);
  page->height = ceil (y + MARGIN);
  return page;
}

void
_ent_page_get_size (EntPage *page,
                    double  *width,
                    double  *height)
{
  *width = page->width;
  *height = page->height;
}

const cairo_matrix_t *
_ent_page_get_transform (EntPage *page)
{
  return &page->transform;
}

static void
paint_line (const EntPaintBackend *backend,
            gpointer               data,
            const Line            *line,
            double                 x,
            double                 size,
            gboolean               bold,
            const EntColor        *color)
{
  EntTextRun run = { line->text, size, bold, x, line->y, line->width, line->baseline, color, NULL };

  if (line->text != NULL)
    backend->text (data, &run);
}

static void
paint_swatch (EntPainter            *painter,
              const EntPaintBackend *backend,
              gpointer               data,
              const LegendItem      *item)
{
  const EntPalette *palette = ent_painter_get_palette (painter);
  EntStroke outline = { palette->node_outline, 1.5 };
  double cx = item->x + SWATCH_WIDTH / 2, cy = item->y + ROW_HEIGHT / 2;
  double line[4] = { item->x + 1, cy, item->x + SWATCH_WIDTH - 1, cy };
  EntStroke stroke;
  EntColor fill;

  switch (item->kind)
    {
    case LEGEND_CAMP:
    case LEGEND_NO_CAMP:
      ent_palette_get_camp_color (palette, item->value, &fill);
      backend->shape (data, ENT_NODE_SHAPE_CIRCLE, cx, cy, 7, &fill, &outline);
      break;
    case LEGEND_TIE:
      _ent_painter_tie_stroke (painter, item->value, 2.5, &stroke);
      stroke.color.alpha = 1.0;
      backend->segments (data, line, 1, &stroke);
      break;
    case LEGEND_SHAPE:
    default:
      fill = palette->muted;
      backend->shape (data, item->value, cx, cy, 6.5, &fill, &outline);
      break;
    }
}

static void
paint_legend (EntPage               *page,
              EntPainter            *painter,
              const EntPaintBackend *backend,
              gpointer               data)
{
  const EntPalette *palette = ent_painter_get_palette (painter);
  cairo_rectangle_t rule = { MARGIN, page->rule_y, page->width - 2 * MARGIN, 1 };
  EntColor rule_color = palette->muted;

  rule_color.alpha = 0.35;
  backend->begin_layer (data, "legend", NULL);
  backend->rect (data, &rule, &rule_color);
  for (guint i = 0; i < page->legend->len; i++)
    {
      const LegendItem *item = &g_array_index (page->legend, LegendItem, i);
      EntTextRun run = {
        item->text, LEGEND_SIZE, FALSE, item->x + SWATCH_WIDTH + SWATCH_GAP,
        item->y + (ROW_HEIGHT - item->text_height) / 2, item->text_width, item->baseline,
        &palette->foreground, NULL,
      };

      paint_swatch (painter, backend, data, item);
      backend->text (data, &run);
    }
  backend->end_layer (data);
}

void
_ent_page_paint (EntPage               *page,
                 EntPainter            *painter,
                 const EntPaintBackend *backend,
                 gpointer               data,
                 EntPageStep            steps)
{
  const EntPalette *palette = ent_painter_get_palette (painter);
  cairo_rectangle_t all = { 0, 0, page->width, page->height };
  EntPaintLayers layers = ENT_PAINT_ALL & ~ENT_PAINT_BACKGROUND;

  if (!(page->parts & ENT_PAGE_LABELS))
    layers &= ~(ENT_PAINT_LABELS | ENT_PAINT_CAPTIONS);
  if (!(steps & ENT_PAGE_STEP_UNDER))
    layers &= ~ENT_PAINT_TIES;
  if (!(steps & ENT_PAGE_STEP_OVER))
    layers &= ENT_PAINT_TIES;

  if (steps & ENT_PAGE_STEP_BACKGROUND)
    backend->rect (data, &all, &palette->background);
  if (steps & ENT_PAGE_STEP_UNDER)
    {
      paint_line (backend, data, &page->title, MARGIN, TITLE_SIZE, TRUE, &palette->foreground);
      paint_line (backend, data, &page->subtitle, MARGIN, SUBTITLE_SIZE, FALSE, &palette->muted);
      paint_line (backend, data, &page->empty, (page->width - page->empty.width) / 2, LEGEND_SIZE, FALSE,
                  &palette->muted);
    }
  if (layers != 0)
    {
      backend->begin_layer (data, "network", &page->transform);
      _ent_painter_paint (painter, backend, data, layers);
      backend->end_layer (data);
    }
  if ((steps & ENT_PAGE_STEP_OVER) && (page->parts & ENT_PAGE_LEGEND))
    paint_legend (page, painter, backend, data);
}
