/* ent-side-panel-cells.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-side-panel-private.h"

/* The cells of the two lists, built in code. A builder factory parses its
 * template again for every row that comes into view, half a millisecond a
 * cell: a list scrolled or re-sorted after a large import would build
 * thirty rows of seven cells at once. These cells cost a tenth of that.
 *
 * Each cell shows properties of its row's item (EntActorItem or
 * EntPositionItem) through bindings made when a row is bound to an item
 * and undone when it is unbound; a right click on any cell selects the
 * row and opens the list's menu there. */

typedef struct
{
  GtkWidget  *widget;       /* not owned: a descendant of the cell */
  const char *widget_prop;
  const char *item_prop;
} Link;

typedef struct
{
  GArray    *links;     /* Link */
  GPtrArray *bindings;  /* GBinding *, while bound */
} Cell;

static GQuark cell_quark;

static void
cell_free (Cell *cell)
{
  g_array_unref (cell->links);
  g_ptr_array_unref (cell->bindings);
  g_free (cell);
}

static Cell *
get_cell (GtkListItem *list_item)
{
  return g_object_get_qdata (G_OBJECT (list_item), cell_quark);
}

static void
link_property (GtkListItem *list_item,
               GtkWidget   *widget,
               const char  *widget_prop,
               const char  *item_prop)
{
  Link link = { widget, widget_prop, item_prop };

  g_array_append_val (get_cell (list_item)->links, link);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  Cell *cell = get_cell (list_item);
  GObject *item = gtk_list_item_get_item (list_item);

  for (guint i = 0; item != NULL && i < cell->links->len; i++)
    {
      const Link *link = &g_array_index (cell->links, Link, i);

      g_ptr_array_add (cell->bindings,
                       g_object_ref (g_object_bind_property (item, link->item_prop,
                                                             link->widget, link->widget_prop,
                                                             G_BINDING_SYNC_CREATE)));
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  Cell *cell = get_cell (list_item);

  for (guint i = 0; i < cell->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (cell->bindings, i));
  g_ptr_array_set_size (cell->bindings, 0);
}

/* A name cut short shows whole in its tooltip. Cells do not bind their
 * tooltips: setting one asks the display where the pointer is, a round
 * trip for every row a big import adds. */
static gboolean
ellipsized_query_tooltip_cb (GtkLabel   *label,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

/* The sign's name, for the symbol that shows it. */
static gboolean
sign_query_tooltip_cb (GtkWidget   *label,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *list_item)
{
  EntPositionItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return FALSE;
  g_object_get (item, "sign-label", &text, NULL);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_pressed (GtkGestureClick *gesture,
              double           x,
              double           y,
              GtkListItem     *list_item,
              gboolean         actors)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  EntSidePanel *self = ENT_SIDE_PANEL (gtk_widget_get_ancestor (cell, ENT_TYPE_SIDE_PANEL));
  GtkSingleSelection *selection = actors ? self->actor_selection : self->position_selection;

  gtk_single_selection_set_selected (selection, gtk_list_item_get_position (list_item));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _ent_side_panel_popup_menu (self, actors ? self->actor_popover : self->position_popover,
                              cell, x, y);
}

static void
actor_cell_pressed_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       GtkListItem     *list_item)
{
  cell_pressed (gesture, x, y, list_item, TRUE);
}

static void
position_cell_pressed_cb (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkListItem     *list_item)
{
  cell_pressed (gesture, x, y, list_item, FALSE);
}

/* Makes @child the cell of @list_item, with the menu of the list. */
static void
set_child (GtkListItem *list_item,
           GtkWidget   *child,
           gboolean     actors)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed",
                    actors ? G_CALLBACK (actor_cell_pressed_cb)
                           : G_CALLBACK (position_cell_pressed_cb),
                    list_item);
  gtk_widget_add_controller (child, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (list_item, child);
}

static GtkWidget *
new_label (float       xalign,
           int         width_chars,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_name_label (int width_chars)
{
  GtkWidget *label = new_label (0, width_chars, NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (ellipsized_query_tooltip_cb), NULL);
  return label;
}

/* Columns ------------------------------------------------------------------ */

typedef enum
{
  CELL_LABEL,
  CELL_ACTOR_NAME,  /* kind icon, camp dot and name */
  CELL_POSITION,    /* source, sign and target */
} CellKind;

typedef struct
{
  CellKind    kind;
  const char *property;     /* CELL_LABEL: the item's, shown */
  float       xalign;
  int         width_chars;  /* -1: as wide as the text */
  const char *css_class;
} ColumnSpec;

/* In the order of the columns in ent-side-panel.ui. */
static const ColumnSpec actor_columns[] = {
  { CELL_ACTOR_NAME },
  { CELL_LABEL, "kind-label", 0, -1, "dim-label" },
  { CELL_LABEL, "mentions", 1, -1, "numeric" },
  { CELL_LABEL, "allies", 1, -1, "numeric" },
  { CELL_LABEL, "opponents", 1, -1, "numeric" },
  { CELL_LABEL, "camp-label", 0.5, -1, NULL },
};

static const ColumnSpec position_columns[] = {
  { CELL_POSITION },
  { CELL_LABEL, "cue", 0, 5, NULL },
  { CELL_LABEL, "confidence-label", 1, -1, "numeric" },
  { CELL_LABEL, "document-title", 0, 5, NULL },
  { CELL_LABEL, "state-label", 0, -1, NULL },
};

static GtkWidget *
new_actor_name (GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *name = new_name_label (12);

  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), name);
  link_property (list_item, icon, "icon-name", "icon-name");
  link_property (list_item, dot, "css-classes", "dot-classes");
  link_property (list_item, name, "label", "name");
  return box;
}

static GtkWidget *
new_position (GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *source = new_name_label (9);
  GtkWidget *sign = gtk_label_new (NULL);
  GtkWidget *target = new_name_label (9);

  gtk_widget_set_hexpand (source, FALSE);
  gtk_widget_set_valign (sign, GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (sign, TRUE);
  g_signal_connect (sign, "query-tooltip", G_CALLBACK (sign_query_tooltip_cb), list_item);
  gtk_box_append (GTK_BOX (box), source);
  gtk_box_append (GTK_BOX (box), sign);
  gtk_box_append (GTK_BOX (box), target);
  link_property (list_item, box, "opacity", "opacity");
  link_property (list_item, source, "label", "source-name");
  link_property (list_item, sign, "label", "sign-symbol");
  link_property (list_item, sign, "css-classes", "sign-classes");
  link_property (list_item, target, "label", "target-name");
  return box;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          const ColumnSpec         *spec)
{
  gboolean actors = spec >= actor_columns && spec < actor_columns + G_N_ELEMENTS (actor_columns);
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child;

  cell->links = g_array_new (FALSE, FALSE, sizeof (Link));
  cell->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  g_object_set_qdata_full (G_OBJECT (list_item), cell_quark, cell, (GDestroyNotify) cell_free);

  switch (spec->kind)
    {
    case CELL_ACTOR_NAME:
      child = new_actor_name (list_item);
      break;
    case CELL_POSITION:
      child = new_position (list_item);
      break;
    case CELL_LABEL:
    default:
      child = new_label (spec->xalign, spec->width_chars, spec->css_class);
      link_property (list_item, child, "label", spec->property);
      /* Rejected positions show greyed. */
      if (!actors)
        link_property (list_item, child, "opacity", "opacity");
      break;
    }
  set_child (list_item, child, actors);
}

static void
set_factories (GtkColumnView    *view,
               const ColumnSpec *specs,
               guint             n_specs)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  g_assert (g_list_model_get_n_items (columns) == n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), (gpointer) &specs[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
      gtk_column_view_column_set_factory (column, factory);
    }
}

/* Gives the columns of both lists their cells. */
void
_ent_side_panel_init_cells (EntSidePanel *self)
{
  if (cell_quark == 0)
    cell_quark = g_quark_from_static_string ("ent-side-panel-cell");

  set_factories (self->actor_view, actor_columns, G_N_ELEMENTS (actor_columns));
  set_factories (self->position_view, position_columns, G_N_ELEMENTS (position_columns));
}
