/* ent-scene.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ent-scene-private.h"

#define MAX_LABEL_CHARS  32


G_DEFINE_FINAL_TYPE (EntScene, ent_scene, G_TYPE_OBJECT)

static void
clear_node (gpointer data)
{
  EntSceneNode *node = data;

  g_free (node->id);
  g_free (node->name);
  g_free (node->label);
}

static void
clear_camp (gpointer data)
{
  g_free (((EntSceneCamp *)data)->label);
  g_free (((EntSceneCamp *)data)->caption);
}

PangoContext *
_ent_scene_new_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics make a label as wide at 400 % as at 100 %, and in a
   * PDF as on screen; hinted ones would move labels with the zoom. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

PangoFontDescription *
_ent_scene_font (double   size,
                 gboolean bold)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, ENT_SCENE_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return font;
}

/* A label is one line: control characters (newlines, tabs) become spaces,
 * and very long names are shortened; the full name stays in node->name. */
static char *
make_label (const char *name)
{
  GString *label = g_string_new (NULL);
  g_autofree char *stripped = NULL;
  guint n = 0;

  for (const char *p = name ? name : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (++n > MAX_LABEL_CHARS)
        {
          g_string_append (label, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_c (label, ' ');
      else
        g_string_append_unichar (label, c);
    }
  stripped = g_strstrip (g_string_free (label, FALSE));
  return g_steal_pointer (&stripped);
}

static EntNodeShape
shape_for_kind (EntActorKind kind)
{
  switch (kind)
    {
    case ENT_ACTOR_KIND_PERSON:
      return ENT_NODE_SHAPE_SQUARE;
    case ENT_ACTOR_KIND_ORGANISATION:
      return ENT_NODE_SHAPE_DIAMOND;
    case ENT_ACTOR_KIND_GROUP:
      return ENT_NODE_SHAPE_TRIANGLE;
    case ENT_ACTOR_KIND_STATE:
    default:
      return ENT_NODE_SHAPE_CIRCLE;
    }
}

/**
 * ent_scene_radius_for_mentions:
 *
 * A node's area grows with its mentions, so that the radius grows with
 * their square root, from 6 for an actor never named to at most 32.
 */
double
ent_scene_radius_for_mentions (guint mentions)
{
  return MIN (6.0 + 2.5 * sqrt (mentions), 32.0);
}

/**
 * ent_scene_width_for_weight:
 *
 * A tie's width grows with the square root of its weight, from 1 to 7, in
 * steps of a quarter so that ties fall into few styles.
 */
double
ent_scene_width_for_weight (double weight)
{
  return round (MIN (1.0 + 1.25 * sqrt (MAX (weight, 0.0)), 7.0) * 4) / 4;
}

static void
add_node (EntScene             *self,
          const EntNetworkNode *source)
{
  EntSceneNode node = { 0 };

  node.id = g_strdup (ent_actor_get_id (source->actor));
  node.name = g_strdup (ent_actor_get_name (source->actor));
  node.label = make_label (node.name);
  node.kind = ent_actor_get_kind (source->actor);
  node.shape = shape_for_kind (node.kind);
  node.camp = source->camp;
  node.mentions = source->mentions;
  node.x = source->x;
  node.y = source->y;
  node.radius = ent_scene_radius_for_mentions (source->mentions);
  node.pinned = ent_actor_get_pinned (source->actor);
  node.has_color = ent_color_parse (ent_actor_get_color (source->actor), &node.color);
  ent_scene_measure_text (self, node.label, ENT_SCENE_LABEL_SIZE, FALSE,
                          &node.label_box.width, &node.label_box.height, &node.label_baseline);
  g_array_append_val (self->nodes, node);
}

static void
add_tie (EntScene            *self,
         const EntNetworkTie *source)
{
  EntSceneTie tie = { 0 };

  tie.source = source->source;
  tie.target = source->target;
  tie.sign = source->sign;
  tie.weight = source->weight;
  tie.width = ent_scene_width_for_weight (source->weight);
  tie.n_statements = source->statements ? source->statements->len : 0;
  g_array_append_val (self->ties, tie);
}

int
_ent_scene_compare_by_radius (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  GArray *nodes = user_data;
  guint i = *(const guint *)a, j = *(const guint *)b;
  double ri = g_array_index (nodes, EntSceneNode, i).radius;
  double rj = g_array_index (nodes, EntSceneNode, j).radius;

  if (ri != rj)
    return ri > rj ? -1 : 1;
  return i < j ? -1 : i > j;
}

static void
sort_draw_order (EntScene *self)
{
  guint n = self->nodes->len;

  self->order = g_new (guint, MAX (n, 1));
  self->rank = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->order[i] = i;
  g_qsort_with_data (self->order, n, sizeof (guint), _ent_scene_compare_by_radius, self->nodes);
  for (guint i = 0; i < n; i++)
    self->rank[self->order[i]] = i;
}

static void
ent_scene_finalize (GObject *object)
{
  EntScene *self = (EntScene *)object;

  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->ties, g_array_unref);
  g_clear_pointer (&self->camps, g_array_unref);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->rank, g_free);
  g_clear_pointer (&self->label_metrics, g_free);
  g_clear_pointer (&self->priority, g_array_unref);
  g_clear_object (&self->layout);
  g_clear_object (&self->pango);
  _ent_grid_clear (&self->node_grid);
  _ent_grid_clear (&self->tie_grid);
  g_clear_pointer (&self->tie_starts, g_free);
  g_clear_pointer (&self->node_ties, g_free);

  G_OBJECT_CLASS (ent_scene_parent_class)->finalize (object);
}

static void
ent_scene_class_init (EntSceneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ent_scene_finalize;
}

static void
ent_scene_init (EntScene *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (EntSceneNode));
  g_array_set_clear_func (self->nodes, clear_node);
  self->ties = g_array_new (FALSE, TRUE, sizeof (EntSceneTie));
  self->camps = g_array_new (FALSE, TRUE, sizeof (EntSceneCamp));
  g_array_set_clear_func (self->camps, clear_camp);
  self->priority = g_array_new (FALSE, FALSE, sizeof (guint));
  self->text_scale = 1.0;
  self->pango = _ent_scene_new_pango_context ();
  self->layout = pango_layout_new (self->pango);
}

static void
keep_label_metrics (EntScene *self)
{
  self->label_metrics = g_new (double, 3 * MAX (self->nodes->len, 1));
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const EntSceneNode *node = &g_array_index (self->nodes, EntSceneNode, i);

      self->label_metrics[3 * i] = node->label_box.width;
      self->label_metrics[3 * i + 1] = node->label_box.height;
      self->label_metrics[3 * i + 2] = node->label_baseline;
    }
}

static void
scale_labels (EntScene *self)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      EntSceneNode *node = &g_array_index (self->nodes, EntSceneNode, i);

      node->label_box.width = self->label_metrics[3 * i] * self->text_scale;
      node->label_box.height = self->label_metrics[3 * i + 1] * self->text_scale;
      node->label_baseline = self->label_metrics[3 * i + 2] * self->text_scale;
    }
}

static void
invalidate_index (EntScene *self)
{
  _ent_grid_clear (&self->node_grid);
  _ent_grid_clear (&self->tie_grid);
  self->n_grid_moves = 0;
}

/**
 * ent_scene_new:
 *
 * Takes the network's nodes where they are now: lay the network out first
 * (ent_network_layout()) if it has never been.
 *
 * Returns: (transfer full): the scene of @network
 */
EntScene *
ent_scene_new (EntNetwork *network)
{
  EntScene *self;
  guint n_camps;

  g_return_val_if_fail (ENT_IS_NETWORK (network), NULL);

  self = g_object_new (ENT_TYPE_SCENE, NULL);
  for (guint i = 0; i < ent_network_get_n_nodes (network); i++)
    add_node (self, ent_network_get_node (network, i));
  for (guint i = 0; i < ent_network_get_n_ties (network); i++)
    add_tie (self, ent_network_get_tie (network, i));
  n_camps = ent_network_get_n_camps (network);
  for (guint c = 0; c < n_camps; c++)
    {
      EntSceneCamp camp = { NULL, ent_camps_get_size (ent_network_get_camps (network), c) };

      camp.label = _ent_scene_camp_label (self, c, camp.size);
      g_array_append_val (self->camps, camp);
    }
  sort_draw_order (self);
  keep_label_metrics (self);
  ent_scene_place_labels (self);
  return self;
}

guint
ent_scene_get_n_nodes (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), 0);
  return self->nodes->len;
}

const EntSceneNode *
ent_scene_get_node (EntScene *self,
                    guint     node)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);
  return &g_array_index (self->nodes, EntSceneNode, node);
}

guint
ent_scene_get_n_ties (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), 0);
  return self->ties->len;
}

const EntSceneTie *
ent_scene_get_tie (EntScene *self,
                   guint     tie)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);
  g_return_val_if_fail (tie < self->ties->len, NULL);
  return &g_array_index (self->ties, EntSceneTie, tie);
}

guint
ent_scene_get_n_camps (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), 0);
  return self->camps->len;
}

const EntSceneCamp *
ent_scene_get_camp (EntScene *self,
                    guint     camp)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);
  g_return_val_if_fail (camp < self->camps->len, NULL);
  return &g_array_index (self->camps, EntSceneCamp, camp);
}

guint
ent_scene_get_n_hidden_labels (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), 0);
  return self->n_hidden;
}

/**
 * ent_scene_get_draw_order:
 *
 * Returns: (transfer none): the node indices, largest node first, in the
 *   order they are drawn, so that small nodes stay visible on big ones
 */
const guint *
ent_scene_get_draw_order (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);
  return self->order;
}

void
ent_scene_node_get_extents (const EntSceneNode *node,
                            cairo_rectangle_t  *extents)
{
  double r = node->radius, h, t;

  switch (node->shape)
    {
    case ENT_NODE_SHAPE_SQUARE:
      h = r * sqrt (G_PI) / 2;
      *extents = (cairo_rectangle_t) { node->x - h, node->y - h, 2 * h, 2 * h };
      break;
    case ENT_NODE_SHAPE_DIAMOND:
      h = r * sqrt (G_PI / 2);
      *extents = (cairo_rectangle_t) { node->x - h, node->y - h, 2 * h, 2 * h };
      break;
    case ENT_NODE_SHAPE_TRIANGLE:
      t = r * sqrt (4 * G_PI / (3 * sqrt (3)));
      *extents = (cairo_rectangle_t) { node->x - t * sqrt (3) / 2, node->y - t, t * sqrt (3), 1.5 * t };
      break;
    case ENT_NODE_SHAPE_CIRCLE:
    default:
      *extents = (cairo_rectangle_t) { node->x - r, node->y - r, 2 * r, 2 * r };
      break;
    }
}

/**
 * ent_scene_get_bounds:
 *
 * The rectangle holding every node, visible label and camp caption: what
 * must be on the page for nothing to be cut off. An empty scene has empty
 * bounds at the origin.
 */
void
ent_scene_get_bounds (EntScene          *self,
                      cairo_rectangle_t *bounds)
{
  g_return_if_fail (ENT_IS_SCENE (self));

  *bounds = (cairo_rectangle_t) { 0, 0, 0, 0 };
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const EntSceneNode *node = &g_array_index (self->nodes, EntSceneNode, i);
      cairo_rectangle_t e;

      ent_scene_node_get_extents (node, &e);
      if (i == 0)
        *bounds = e;
      _ent_rect_union (bounds, &e);
      if (node->label_visible)
        _ent_rect_union (bounds, &node->label_box);
    }
  for (guint c = 0; c < self->camps->len; c++)
    _ent_rect_union (bounds, &g_array_index (self->camps, EntSceneCamp, c).box);
}

static void
ensure_node_grid (EntScene *self)
{
  cairo_rectangle_t bounds;

  if (self->node_grid.cells != NULL)
    return;
  ent_scene_get_bounds (self, &bounds);
  _ent_grid_init (&self->node_grid, &bounds, 48);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      cairo_rectangle_t e;

      ent_scene_node_get_extents (&g_array_index (self->nodes, EntSceneNode, i), &e);
      _ent_grid_insert_rect (&self->node_grid, &e, i);
    }
}

static double
mean_tie_length (EntScene *self)
{
  double sum = 0;

  for (guint i = 0; i < self->ties->len; i++)
    {
      const EntSceneTie *tie = &g_array_index (self->ties, EntSceneTie, i);
      const EntSceneNode *a = &g_array_index (self->nodes, EntSceneNode, tie->source);
      const EntSceneNode *b = &g_array_index (self->nodes, EntSceneNode, tie->target);

      sum += hypot (b->x - a->x, b->y - a->y);
    }
  return self->ties->len > 0 ? sum / self->ties->len : 0;
}

static void
ensure_tie_grid (EntScene *self)
{
  cairo_rectangle_t bounds;

  if (self->tie_grid.cells != NULL)
    return;
  ent_scene_get_bounds (self, &bounds);
  /* Long ties would fill many small cells: the cells grow with the mean
   * length of a tie, so that each lies in a dozen or two. */
  _ent_grid_init (&self->tie_grid, &bounds, MAX (48, mean_tie_length (self) / 8));
  for (guint i = 0; i < self->ties->len; i++)
    {
      const EntSceneTie *tie = &g_array_index (self->ties, EntSceneTie, i);
      const EntSceneNode *a = &g_array_index (self->nodes, EntSceneNode, tie->source);
      const EntSceneNode *b = &g_array_index (self->nodes, EntSceneNode, tie->target);

      _ent_grid_insert_segment (&self->tie_grid, a->x, a->y, b->x, b->y, i);
    }
}

typedef struct
{
  EntScene *self;
  double    x;
  double    y;
  double    tolerance;
  int       found;
  double    best;
  GArray   *hits;
  const cairo_rectangle_t *rect;
} Search;

static gboolean
node_contains (const EntSceneNode *node,
               double              x,
               double              y,
               double              tolerance)
{
  cairo_rectangle_t e;

  if (node->shape == ENT_NODE_SHAPE_CIRCLE)
    return hypot (x - node->x, y - node->y) <= node->radius + tolerance;
  ent_scene_node_get_extents (node, &e);
  return x >= e.x - tolerance && x <= e.x + e.width + tolerance &&
         y >= e.y - tolerance && y <= e.y + e.height + tolerance;
}

static gboolean
visit_node_at (guint    item,
               gpointer user_data)
{
  Search *s = user_data;
  const EntSceneNode *node = &g_array_index (s->self->nodes, EntSceneNode, item);

  if (node_contains (node, s->x, s->y, s->tolerance) &&
      (s->found < 0 || s->self->rank[item] > s->self->rank[s->found]))
    s->found = item;
  return FALSE;
}

/**
 * ent_scene_find_node_at:
 * @tolerance: how far outside a node, in world units, still counts as on it
 *
 * Returns: the node drawn topmost at (@x, @y), or -1
 */
int
ent_scene_find_node_at (EntScene *self,
                        double    x,
                        double    y,
                        double    tolerance)
{
  Search s = { self, x, y, tolerance, -1 };
  cairo_rectangle_t probe = { x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance };

  g_return_val_if_fail (ENT_IS_SCENE (self), -1);

  ensure_node_grid (self);
  _ent_grid_query (&self->node_grid, &probe, visit_node_at, &s);
  return s.found;
}

static double
segment_distance (double px,
                  double py,
                  double x1,
                  double y1,
                  double x2,
                  double y2)
{
  double dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - x1) * dx + (py - y1) * dy) / len2, 0.0, 1.0) : 0.0;

  return hypot (px - (x1 + t * dx), py - (y1 + t * dy));
}

static gboolean
visit_tie_at (guint    item,
              gpointer user_data)
{
  Search *s = user_data;
  const EntSceneTie *tie = &g_array_index (s->self->ties, EntSceneTie, item);
  const EntSceneNode *a = &g_array_index (s->self->nodes, EntSceneNode, tie->source);
  const EntSceneNode *b = &g_array_index (s->self->nodes, EntSceneNode, tie->target);
  double d = segment_distance (s->x, s->y, a->x, a->y, b->x, b->y) - tie->width / 2;

  if (d <= s->tolerance && (s->found < 0 || d < s->best))
    {
      s->found = item;
      s->best = d;
    }
  return FALSE;
}

/**
 * ent_scene_find_tie_at:
 *
 * Ties run from centre to centre, under the nodes: look for a node first.
 *
 * Returns: the tie nearest to (@x, @y) within @tolerance of its edge, or -1
 */
int
ent_scene_find_tie_at (EntScene *self,
                       double    x,
                       double    y,
                       double    tolerance)
{
  Search s = { self, x, y, tolerance, -1, G_MAXDOUBLE };
  double reach = tolerance + 4;
  cairo_rectangle_t probe = { x - reach, y - reach, 2 * reach, 2 * reach };

  g_return_val_if_fail (ENT_IS_SCENE (self), -1);

  ensure_tie_grid (self);
  _ent_grid_query (&self->tie_grid, &probe, visit_tie_at, &s);
  return s.found;
}

static gboolean
visit_node_in_rect (guint    item,
                    gpointer user_data)
{
  Search *s = user_data;
  const EntSceneNode *node = &g_array_index (s->self->nodes, EntSceneNode, item);

  if (node->x >= s->rect->x && node->x <= s->rect->x + s->rect->width &&
      node->y >= s->rect->y && node->y <= s->rect->y + s->rect->height)
    g_array_append_val (s->hits, item);
  return FALSE;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

static void
sort_unique (GArray *hits)
{
  guint kept = 0;

  g_array_sort (hits, compare_uint);
  for (guint i = 0; i < hits->len; i++)
    if (kept == 0 || g_array_index (hits, guint, i) != g_array_index (hits, guint, kept - 1))
      g_array_index (hits, guint, kept++) = g_array_index (hits, guint, i);
  g_array_set_size (hits, kept);
}

/**
 * ent_scene_find_nodes_in_rect:
 *
 * The rubber band's selection: the nodes whose centre lies in @rect.
 *
 * Returns: (transfer full): node indices (guint), ascending
 */
GArray *
ent_scene_find_nodes_in_rect (EntScene                *self,
                              const cairo_rectangle_t *rect)
{
  Search s = { .self = self, .rect = rect };

  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);

  s.hits = g_array_new (FALSE, FALSE, sizeof (guint));
  ensure_node_grid (self);
  _ent_grid_query (&self->node_grid, rect, visit_node_in_rect, &s);
  sort_unique (s.hits);
  return s.hits;
}

static gboolean
visit_tie_in_rect (guint    item,
                   gpointer user_data)
{
  Search *s = user_data;
  const EntSceneTie *tie = &g_array_index (s->self->ties, EntSceneTie, item);
  const EntSceneNode *a = &g_array_index (s->self->nodes, EntSceneNode, tie->source);
  const EntSceneNode *b = &g_array_index (s->self->nodes, EntSceneNode, tie->target);
  cairo_rectangle_t box = { MIN (a->x, b->x) - tie->width, MIN (a->y, b->y) - tie->width,
                            fabs (a->x - b->x) + 2 * tie->width, fabs (a->y - b->y) + 2 * tie->width };

  if (_ent_rect_intersects (&box, s->rect))
    g_array_append_val (s->hits, item);
  return FALSE;
}

/**
 * ent_scene_find_ties_in_rect:
 *
 * The ties that may pass through @rect, for drawing a small part of a big
 * scene: every tie that does, and perhaps a few that pass near.
 *
 * Returns: (transfer full): tie indices (guint), ascending
 */
GArray *
ent_scene_find_ties_in_rect (EntScene                *self,
                             const cairo_rectangle_t *rect)
{
  Search s = { .self = self, .rect = rect };
  double reach = 8;
  cairo_rectangle_t probe = { rect->x - reach, rect->y - reach,
                              rect->width + 2 * reach, rect->height + 2 * reach };

  g_return_val_if_fail (ENT_IS_SCENE (self), NULL);

  s.hits = g_array_new (FALSE, FALSE, sizeof (guint));
  ensure_tie_grid (self);
  _ent_grid_query (&self->tie_grid, &probe, visit_tie_in_rect, &s);
  sort_unique (s.hits);
  return s.hits;
}

/* Above this many moves the grids are built afresh: each move leaves the
 * node and its ties listed where they were too. */
#define MAX_GRID_MOVES 256

/* Lists a moved node and its ties where they are now, in the grids that
 * are built. The old entries stay: every query checks what it finds
 * against the geometry, so they only cost a little time. */
static void
index_moved_node (EntScene *self,
                  guint     node)
{
  const EntSceneNode *n = &g_array_index (self->nodes, EntSceneNode, node);
  const guint *ties;
  guint n_ties;

  if (++self->n_grid_moves > MAX_GRID_MOVES)
    {
      invalidate_index (self);
      return;
    }
  if (self->node_grid.cells != NULL)
    {
      cairo_rectangle_t e;

      ent_scene_node_get_extents (n, &e);
      _ent_grid_insert_rect (&self->node_grid, &e, node);
    }
  if (self->tie_grid.cells == NULL)
    return;
  ties = ent_scene_get_node_ties (self, node, &n_ties);
  for (guint i = 0; i < n_ties; i++)
    {
      const EntSceneTie *tie = &g_array_index (self->ties, EntSceneTie, ties[i]);
      const EntSceneNode *a = &g_array_index (self->nodes, EntSceneNode, tie->source);
      const EntSceneNode *b = &g_array_index (self->nodes, EntSceneNode, tie->target);

      _ent_grid_insert_segment (&self->tie_grid, a->x, a->y, b->x, b->y, ties[i]);
    }
}

/**
 * ent_scene_move_node:
 *
 * Moves a node and its label together, for a drag on the canvas; the ties
 * follow because they are drawn from the nodes' centres.
 */
void
ent_scene_move_node (EntScene *self,
                     guint     node,
                     double    x,
                     double    y)
{
  EntSceneNode *n;

  g_return_if_fail (ENT_IS_SCENE (self));
  g_return_if_fail (node < self->nodes->len);

  n = &g_array_index (self->nodes, EntSceneNode, node);
  if (n->x == x && n->y == y)
    return;
  n->label_box.x += x - n->x;
  n->label_box.y += y - n->y;
  n->x = x;
  n->y = y;
  index_moved_node (self, node);
}

/**
 * ent_scene_build_index:
 *
 * Builds the grids behind hit-testing and the searches by rectangle now,
 * which would otherwise be built by the first search after a change: a
 * canvas does it while it is idle, so that the first frame of a drag does
 * not wait for it.
 */
void
ent_scene_build_index (EntScene *self)
{
  g_return_if_fail (ENT_IS_SCENE (self));

  ensure_node_grid (self);
  ensure_tie_grid (self);
  if (self->tie_starts == NULL)
    _ent_scene_build_node_ties (self);
}

/* Follows a pin or an unpin of the node's actor. */
void
ent_scene_set_pinned (EntScene *self,
                      guint     node,
                      gboolean  pinned)
{
  g_return_if_fail (ENT_IS_SCENE (self));
  g_return_if_fail (node < self->nodes->len);

  g_array_index (self->nodes, EntSceneNode, node).pinned = !!pinned;
}

static gboolean
node_matches (const EntSceneNode   *node,
              const EntNetworkNode *source)
{
  EntColor color;
  gboolean has_color = ent_color_parse (ent_actor_get_color (source->actor), &color);

  return g_strcmp0 (node->id, ent_actor_get_id (source->actor)) == 0 &&
         g_strcmp0 (node->name, ent_actor_get_name (source->actor)) == 0 &&
         node->kind == ent_actor_get_kind (source->actor) && node->camp == source->camp &&
         node->mentions == source->mentions && node->has_color == has_color &&
         (!has_color || memcmp (&node->color, &color, sizeof color) == 0);
}

static gboolean
tie_matches (const EntSceneTie   *tie,
             const EntNetworkTie *source)
{
  return tie->source == source->source && tie->target == source->target &&
         tie->sign == source->sign && tie->weight == source->weight &&
         tie->n_statements == (source->statements ? source->statements->len : 0);
}

/**
 * ent_scene_matches_network:
 *
 * Whether a scene made of @network now would differ from this one only
 * in where the nodes are and which are pinned: then ent_scene_move_node()
 * and ent_scene_set_pinned() can follow a move, an undone move or a pin,
 * and the labels placed for the old places stay.
 */
gboolean
ent_scene_matches_network (EntScene   *self,
                           EntNetwork *network)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), FALSE);
  g_return_val_if_fail (ENT_IS_NETWORK (network), FALSE);

  if (ent_network_get_n_nodes (network) != self->nodes->len ||
      ent_network_get_n_ties (network) != self->ties->len ||
      ent_network_get_n_camps (network) != self->camps->len)
    return FALSE;
  for (guint i = 0; i < self->nodes->len; i++)
    if (!node_matches (&g_array_index (self->nodes, EntSceneNode, i),
                       ent_network_get_node (network, i)))
      return FALSE;
  for (guint i = 0; i < self->ties->len; i++)
    if (!tie_matches (&g_array_index (self->ties, EntSceneTie, i),
                      ent_network_get_tie (network, i)))
      return FALSE;
  for (guint c = 0; c < self->camps->len; c++)
    if (g_array_index (self->camps, EntSceneCamp, c).size !=
        ent_camps_get_size (ent_network_get_camps (network), c))
      return FALSE;
  return TRUE;
}

/**
 * ent_scene_place_labels:
 *
 * Places every label and camp caption again, the priority nodes first
 * (see ent_scene_set_label_priority()), then the most mentioned actors:
 * after a drag, or to undo the disorder of many ent_scene_move_node().
 */
void
ent_scene_place_labels (EntScene *self)
{
  g_return_if_fail (ENT_IS_SCENE (self));

  _ent_scene_place_labels (self->nodes, (const guint *) (gpointer) self->priority->data,
                           self->priority->len, self->text_scale);
  self->n_hidden = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    if (!g_array_index (self->nodes, EntSceneNode, i).label_visible)
      self->n_hidden++;
  _ent_scene_place_captions (self);
  invalidate_index (self);
}

/**
 * ent_scene_measure_text:
 * @size: the font size in world units
 *
 * Measures one line of text as the painter draws it: @width and @height
 * of its logical box, and @baseline from the top of that box.
 */
void
ent_scene_measure_text (EntScene   *self,
                        const char *text,
                        double      size,
                        gboolean    bold,
                        double     *width,
                        double     *height,
                        double     *baseline)
{
  g_autoptr(PangoFontDescription) font = _ent_scene_font (size, bold);
  PangoRectangle logical;

  g_return_if_fail (ENT_IS_SCENE (self));

  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_text (self->layout, text, -1);
  pango_layout_get_extents (self->layout, NULL, &logical);
  *width = (double)logical.width / PANGO_SCALE;
  *height = (double)logical.height / PANGO_SCALE;
  *baseline = (double)pango_layout_get_baseline (self->layout) / PANGO_SCALE;
}

double
ent_scene_get_text_scale (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), 1.0);
  return self->text_scale;
}

/* The font size of the labels, in world units. */
double
ent_scene_get_label_size (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), ENT_SCENE_LABEL_SIZE);
  return ENT_SCENE_LABEL_SIZE * self->text_scale;
}

double
ent_scene_get_caption_size (EntScene *self)
{
  g_return_val_if_fail (ENT_IS_SCENE (self), ENT_SCENE_CAPTION_SIZE);
  return ENT_SCENE_CAPTION_SIZE * self->text_scale;
}

/**
 * ent_scene_set_text_scale:
 * @text_scale: the factor on every text size and gap, > 0
 *
 * A canvas keeps its labels the same size on screen at every zoom by
 * setting 1 / zoom here; the labels and captions are then placed again
 * for that size, so fewer of them fit when zoomed out. Pages and exports
 * keep the default, 1.
 */
void
ent_scene_set_text_scale (EntScene *self,
                          double    text_scale)
{
  g_return_if_fail (ENT_IS_SCENE (self));
  g_return_if_fail (text_scale > 0);

  if (text_scale == self->text_scale)
    return;
  self->text_scale = text_scale;
  scale_labels (self);
  ent_scene_place_labels (self);
}

/**
 * ent_scene_set_label_priority:
 * @nodes: (array length=n_nodes): node indices, most important first
 *
 * Places these nodes' labels first, and always shows them (a canvas
 * passes the selection); the labels are placed again if the list changed.
 */
void
ent_scene_set_label_priority (EntScene    *self,
                              const guint *nodes,
                              guint        n_nodes)
{
  g_return_if_fail (ENT_IS_SCENE (self));
  g_return_if_fail (nodes != NULL || n_nodes == 0);

  if (n_nodes == self->priority->len &&
      (n_nodes == 0 || memcmp (nodes, self->priority->data, n_nodes * sizeof (guint)) == 0))
    return;
  g_array_set_size (self->priority, 0);
  g_array_append_vals (self->priority, nodes, n_nodes);
  ent_scene_place_labels (self);
}
