/* ent-canvas-accessible.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ent-canvas-private.h"

/* GTK 4.8 has no accessible objects for parts of a drawing, so the canvas
 * speaks for the node or tie in focus: its description names it, and
 * changes as the keyboard moves through the network. The same names serve
 * as tooltips. */

static const char *
kind_label (EntActorKind kind)
{
  switch (kind)
    {
    case ENT_ACTOR_KIND_PERSON:
      return _("Person");
    case ENT_ACTOR_KIND_ORGANISATION:
      return _("Organisation");
    case ENT_ACTOR_KIND_GROUP:
      return _("Group");
    case ENT_ACTOR_KIND_STATE:
    default:
      return _("State");
    }
}

static void
count_ties (EntCanvas *self,
            int        node,
            guint     *allies,
            guint     *opponents)
{
  *allies = *opponents = 0;
  for (guint i = 0; i < ent_network_get_n_ties (self->network); i++)
    {
      const EntNetworkTie *t = ent_network_get_tie (self->network, i);

      if ((int) t->source != node && (int) t->target != node)
        continue;
      if (t->sign > 0)
        (*allies)++;
      else if (t->sign < 0)
        (*opponents)++;
    }
}

/* "Russia, state, camp 1, 16 mentions, 2 allies, 1 opponent" */
char *
_ent_canvas_dup_node_name (EntCanvas *self,
                           int        node)
{
  const EntNetworkNode *n = ent_network_get_node (self->network, node);
  g_autofree char *camp = NULL;
  g_autofree char *mentions = NULL;
  g_autofree char *ally_count = NULL;
  g_autofree char *opponent_count = NULL;
  guint allies, opponents;

  count_ties (self, node, &allies, &opponents);
  if (n->camp >= 0)
    camp = g_strdup_printf (_("camp %d"), n->camp + 1);
  else
    camp = g_strdup (_("no camp"));
  mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", n->mentions), n->mentions);
  ally_count = g_strdup_printf (ngettext ("%u ally", "%u allies", allies), allies);
  opponent_count = g_strdup_printf (ngettext ("%u opponent", "%u opponents", opponents), opponents);
  /* Translators: an actor on the network canvas: name, kind, camp, then counts. */
  return g_strdup_printf (_("%s, %s, %s, %s, %s, %s"),
                          ent_actor_get_name (n->actor), kind_label (ent_actor_get_kind (n->actor)),
                          camp, mentions, ally_count, opponent_count);
}

/* "Russia and Syria: alliance, weight 1.8, 2 positions" */
char *
_ent_canvas_dup_tie_name (EntCanvas *self,
                          int        tie)
{
  const EntNetworkTie *t = ent_network_get_tie (self->network, tie);
  const char *a = ent_actor_get_name (ent_network_get_node (self->network, t->source)->actor);
  const char *b = ent_actor_get_name (ent_network_get_node (self->network, t->target)->actor);
  const char *sign = t->sign > 0 ? _("alliance") : t->sign < 0 ? _("opposition") : _("neutral");
  guint n = t->statements->len;

  /* Translators: a tie on the network canvas, "Russia and Syria: alliance, weight 1.8, 2 positions". */
  return g_strdup_printf (ngettext ("%s and %s: %s, weight %.1f, %u position",
                                    "%s and %s: %s, weight %.1f, %u positions", n),
                          a, b, sign, t->weight, n);
}

static int
focus_tie (EntCanvas *self)
{
  const char *a, *b;
  int na, nb;

  if (!ent_viewport_get_selected_tie (self->viewport, &a, &b))
    return -1;
  na = _ent_canvas_find_node (self, a);
  nb = _ent_canvas_find_node (self, b);
  return na >= 0 && nb >= 0 ? ent_network_find_tie (self->network, na, nb) : -1;
}

void
_ent_canvas_update_accessible (EntCanvas *self)
{
  g_autofree char *description = NULL;
  g_autofree char *label = NULL;
  guint n_nodes = self->network ? ent_network_get_n_nodes (self->network) : 0;
  int tie = self->network ? focus_tie (self) : -1;

  label = g_strdup_printf (ngettext ("Network of %u actor", "Network of %u actors", n_nodes), n_nodes);
  if (self->focus_node >= 0 && (guint) self->focus_node < n_nodes)
    description = _ent_canvas_dup_node_name (self, self->focus_node);
  else if (tie >= 0)
    description = _ent_canvas_dup_tie_name (self, tie);
  else
    description = g_strdup (_("Tab moves through the actors, arrow keys to their neighbours"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
scroll_into_view (EntCanvas *self,
                  int        node)
{
  const EntSceneNode *n = ent_scene_get_node (self->scene, node);
  double vx, vy;

  ent_viewport_to_view (self->viewport, n->x, n->y, &vx, &vy);
  if (vx < 0 || vy < 0 || vx > ent_viewport_get_width (self->viewport) ||
      vy > ent_viewport_get_height (self->viewport))
    ent_viewport_center_on (self->viewport, n->x, n->y);
}

/* Moves the keyboard focus to @node and selects it. */
void
_ent_canvas_focus_node (EntCanvas     *self,
                        int            node,
                        EntSelectMode  mode)
{
  if (self->scene == NULL || node < 0 || (guint) node >= ent_scene_get_n_nodes (self->scene))
    return;
  self->focus_node = node;
  ent_viewport_select (self->viewport, ent_scene_get_node (self->scene, node)->id, mode);
  scroll_into_view (self, node);
  _ent_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The node @step places after @from in reading order (left to right),
 * wrapping around; from none, the first or the last. */
int
_ent_canvas_next_node (EntCanvas *self,
                       int        from,
                       int        step)
{
  guint n = self->scene ? ent_scene_get_n_nodes (self->scene) : 0;
  g_autofree guint *order = NULL;
  guint at = 0;

  if (n == 0)
    return -1;
  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Insertion sort on x: cheap for the sizes people read node by node. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && ent_scene_get_node (self->scene, order[j - 1])->x >
                               ent_scene_get_node (self->scene, order[j])->x; j--)
      {
        guint tmp = order[j];

        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }
  if (from < 0)
    return order[step > 0 ? 0 : n - 1];
  for (guint i = 0; i < n; i++)
    if ((int) order[i] == from)
      at = i;
  return order[(at + n + step) % n];
}

static double
direction_cost (const EntSceneNode *a,
                const EntSceneNode *b,
                double              dx,
                double              dy)
{
  double vx = b->x - a->x, vy = b->y - a->y;
  double dist = hypot (vx, vy);
  double along = (vx * dx + vy * dy) / MAX (dist, 1e-9);

  /* Within 60° of the arrow; straighter and nearer is better. */
  if (dist == 0 || along < 0.5)
    return G_MAXDOUBLE;
  return dist * (2 - along);
}

static gboolean
is_neighbour (EntCanvas *self,
              int        a,
              int        b)
{
  return ent_network_find_tie (self->network, a, b) >= 0;
}

static int
best_in_direction (EntCanvas *self,
                   int        from,
                   double     dx,
                   double     dy,
                   gboolean   neighbours_only)
{
  const EntSceneNode *a = ent_scene_get_node (self->scene, from);
  double best = G_MAXDOUBLE;
  int found = -1;

  for (guint i = 0; i < ent_scene_get_n_nodes (self->scene); i++)
    {
      double cost;

      if ((int) i == from || (neighbours_only && !is_neighbour (self, from, i)))
        continue;
      cost = direction_cost (a, ent_scene_get_node (self->scene, i), dx, dy);
      if (cost < best)
        best = cost, found = i;
    }
  return found;
}

/* The neighbour of @from (an actor it has a tie with) that lies best in
 * the direction (@dx, @dy); failing that, the best of all nodes. */
int
_ent_canvas_neighbour (EntCanvas *self,
                       int        from,
                       double     dx,
                       double     dy)
{
  int found;

  if (from < 0)
    return _ent_canvas_next_node (self, -1, 1);
  found = best_in_direction (self, from, dx, dy, TRUE);
  if (found < 0)
    found = best_in_direction (self, from, dx, dy, FALSE);
  return found;
}
