/* ent-scene-captions.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-scene-private.h"

/* The camps' names and where they go: above each camp, on its outer side,
 * clear of the nodes, the labels and the other names. */

#define CAPTION_GAP      12.0
#define CAPTION_SWATCH   20.0
#define CAMP_NAMES_SHOWN 3

/* A camp's most mentioned members, the names a reader would call it by. */
static GPtrArray *
camp_names (EntScene *self,
            int       camp)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < self->nodes->len; i++)
    if (g_array_index (self->nodes, EntSceneNode, i).camp == camp)
      g_array_append_val (members, i);
  g_array_sort_with_data (members, (GCompareDataFunc)_ent_scene_compare_by_radius, self->nodes);
  for (guint i = 0; i < members->len && i < CAMP_NAMES_SHOWN; i++)
    {
      guint node = g_array_index (members, guint, i);

      g_ptr_array_add (names, g_array_index (self->nodes, EntSceneNode, node).label);
    }
  return names;
}

/* "Camp 1: Iran, Russia, Syria +4" with @n_names of the names. */
static char *
camp_label (int        camp,
            GPtrArray *names,
            guint      n_names,
            guint      size)
{
  g_autoptr(GString) label = g_string_new (NULL);

  n_names = MIN (n_names, names->len);
  /* Too narrow for even one name: the number alone. */
  if (n_names == 0)
    {
      g_string_printf (label, _("Camp %d"), camp + 1);
      return g_string_free (g_steal_pointer (&label), FALSE);
    }
  g_string_printf (label, _("Camp %d:"), camp + 1);
  for (guint i = 0; i < n_names; i++)
    g_string_append_printf (label, "%s %s", i ? "," : "", (const char *) g_ptr_array_index (names, i));
  if (size > n_names)
    g_string_append_printf (label, " +%u", size - n_names);
  return g_string_free (g_steal_pointer (&label), FALSE);
}

/* Captions the camps with their most mentioned members, as many of them
 * as fit in @limit world units (none when not even one does); the label
 * keeps them all. */
static void
name_camps (EntScene *self,
            double    limit)
{
  for (guint c = 0; c < self->camps->len; c++)
    {
      EntSceneCamp *camp = &g_array_index (self->camps, EntSceneCamp, c);
      g_autoptr(GPtrArray) names = camp_names (self, c);
      guint n = names->len;

      for (;;)
        {
          double w, h, baseline;

          g_free (camp->caption);
          camp->caption = camp_label (c, names, n, camp->size);
          ent_scene_measure_text (self, camp->caption, ENT_SCENE_CAPTION_SIZE * self->text_scale, TRUE,
                                  &w, &h, &baseline);
          if (n == 0 || w + CAPTION_SWATCH * self->text_scale <= limit)
            break;
          n--;
        }
    }
}

/* The bounds of camp @camp's nodes and visible labels; G_MININT: of all. */
static gboolean
members_bounds (EntScene          *self,
                int                camp,
                cairo_rectangle_t *bounds)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const EntSceneNode *node = &g_array_index (self->nodes, EntSceneNode, i);
      cairo_rectangle_t e;

      if (node->camp != camp && camp != G_MININT)
        continue;
      ent_scene_node_get_extents (node, &e);
      if (node->label_visible)
        _ent_rect_union (&e, &node->label_box);
      if (!any)
        *bounds = e;
      _ent_rect_union (bounds, &e);
      any = TRUE;
    }
  return any;
}

/* The lowest top edge among the nodes, visible labels and earlier
 * captions that @box covers, or G_MAXDOUBLE when it covers none. */
static double
caption_obstacle (EntScene                *self,
                  const cairo_rectangle_t *box,
                  guint                    camp)
{
  double top = G_MAXDOUBLE;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const EntSceneNode *node = &g_array_index (self->nodes, EntSceneNode, i);
      cairo_rectangle_t e;

      ent_scene_node_get_extents (node, &e);
      if (_ent_rect_intersects (box, &e))
        top = MIN (top, e.y);
      if (node->label_visible && _ent_rect_intersects (box, &node->label_box))
        top = MIN (top, node->label_box.y);
    }
  for (guint k = 0; k < camp; k++)
    {
      const cairo_rectangle_t *other = &g_array_index (self->camps, EntSceneCamp, k).box;

      if (_ent_rect_intersects (box, other))
        top = MIN (top, other->y);
    }
  return top;
}

/* Puts each camp's caption above its members, on the outer side: flush
 * left for a camp left of the middle, flush right for one right of it, so
 * that the names of opposite camps sit over opposite sides. A caption
 * that would cover a node, a label or another caption moves up. */
void
_ent_scene_place_captions (EntScene *self)
{
  double s = self->text_scale;
  cairo_rectangle_t all;

  if (!members_bounds (self, G_MININT, &all))
    all = (cairo_rectangle_t) { 0, 0, 0, 0 };
  /* A caption may run a little over the middle (the captions of opposite
   * camps then sit one above the other), never past the network's edges:
   * on a small canvas, where they are large against the network, they
   * lose their names first. */
  name_camps (self, all.width * 0.6);
  for (guint c = 0; c < self->camps->len; c++)
    {
      EntSceneCamp *camp = &g_array_index (self->camps, EntSceneCamp, c);
      cairo_rectangle_t members;
      double w, h, top;

      ent_scene_measure_text (self, camp->caption, ENT_SCENE_CAPTION_SIZE * s, TRUE, &w, &h, &camp->baseline);
      if (!members_bounds (self, c, &members))
        members = (cairo_rectangle_t) { 0, 0, 0, 0 };
      w += CAPTION_SWATCH * s;
      camp->box = (cairo_rectangle_t) { members.x, members.y - CAPTION_GAP * s - h, w, h };
      if (members.x + members.width / 2 > all.x + all.width / 2)
        camp->box.x = members.x + members.width - w;
      /* Over the network, not past its edges, where the view cuts. */
      camp->box.x = MAX (MIN (camp->box.x, all.x + all.width - w), all.x);
      for (guint tries = 0; tries < 64; tries++)
        {
          top = caption_obstacle (self, &camp->box, c);
          if (top == G_MAXDOUBLE)
            break;
          camp->box.y = top - CAPTION_GAP * s / 2 - h;
        }
    }
}

/* The full label of @camp, for the legend: "Camp 1: Iran, Russia, Syria +4". */
char *
_ent_scene_camp_label (EntScene *self,
                       int       camp,
                       guint     size)
{
  g_autoptr(GPtrArray) names = camp_names (self, camp);

  return camp_label (camp, names, names->len, size);
}
