/* ent-document-row.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-document-row.h"

/* One article in the window's list: its title, source and date, how many
 * positions it states, and whether it lies in the date range. A row is
 * dragged onto another to move its article there. */
struct _EntDocumentRow
{
  GtkWidget     parent_instance;

  EntDocument  *document;
  EntProject   *project;
  GSignalGroup *document_signals;
  GSignalGroup *project_signals;
  GHashTable   *counts;        /* document id → positions, shared, or NULL */
  guint         n_positions;
  gboolean      in_range;

  GtkWidget    *box;
  GtkLabel     *count_label;
  GtkLabel     *details_label;
  GtkLabel     *title_label;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (EntDocumentRow, ent_document_row, GTK_TYPE_WIDGET)

static char *
dup_details (EntDocument *document)
{
  g_autofree char *date = ent_document_dup_date_label (document);
  const char *source = ent_document_get_source (document);
  gboolean has_source = source != NULL && source[0] != '\0';

  if (has_source && date != NULL)
    /* Translators: the source (news outlet) and the date of an article. */
    return g_strdup_printf (_("%s · %s"), source, date);
  if (has_source)
    return g_strdup (source);
  if (date != NULL)
    return g_steal_pointer (&date);
  return g_strdup (_("Unknown source"));
}

static void
update_labels (EntDocumentRow *self)
{
  g_autofree char *details = NULL;
  const char *title = NULL;

  if (self->document != NULL)
    {
      title = ent_document_get_title (self->document);
      details = dup_details (self->document);
    }
  if (title == NULL || title[0] == '\0')
    title = self->document != NULL ? _("Untitled Article") : "";

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->details_label, details ? details : "");
}

/* The title, whole. Not a tooltip text: setting one asks the display
 * where the pointer is, a round trip for every row an import adds. */
static gboolean
query_tooltip_cb (EntDocumentRow *self,
                  int             x,
                  int             y,
                  gboolean        keyboard_mode,
                  GtkTooltip     *tooltip)
{
  if (self->document == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_label (self->title_label));
  return TRUE;
}

/* The positions the article states that count: rejected ones do not. */
static guint
count_positions (EntProject  *project,
                 EntDocument *document)
{
  GListModel *statements = ent_project_get_statements (project);
  const char *id = ent_document_get_id (document);
  guint n_items = g_list_model_get_n_items (statements);
  guint count = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(EntStatement) st = g_list_model_get_item (statements, i);

      if (ent_statement_get_state (st) != ENT_STATEMENT_STATE_REJECTED &&
          g_strcmp0 (ent_statement_get_document (st), id) == 0)
        count++;
    }

  return count;
}

static void
update_counts (EntDocumentRow *self)
{
  g_autofree char *label = NULL;

  self->n_positions = 0;
  self->in_range = TRUE;
  if (self->project != NULL && self->document != NULL)
    {
      self->n_positions = self->counts != NULL
        ? GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, ent_document_get_id (self->document)))
        : count_positions (self->project, self->document);
      self->in_range = ent_project_document_in_range (self->project, self->document);
    }

  label = g_strdup_printf (ngettext ("%u position", "%u positions", self->n_positions),
                           self->n_positions);
  gtk_label_set_label (self->count_label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), self->document != NULL);
  /* Articles outside the date range are shown, but dimmed. */
  if (self->in_range)
    gtk_widget_remove_css_class (self->box, "out-of-range");
  else
    gtk_widget_add_css_class (self->box, "out-of-range");
}

static GdkContentProvider *
drag_prepare_cb (EntDocumentRow *self,
                 double          x,
                 double          y,
                 GtkDragSource  *source)
{
  if (self->document == NULL)
    return NULL;

  return gdk_content_provider_new_typed (ENT_TYPE_DOCUMENT, self->document);
}

static void
drag_begin_cb (EntDocumentRow *self,
               GdkDrag        *drag,
               GtkDragSource  *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

/* Moves the dropped article to this row's place, and keeps it selected. */
static gboolean
drop_cb (EntDocumentRow *self,
         const GValue   *value,
         double          x,
         double          y,
         GtkDropTarget  *target)
{
  EntDocument *dropped = g_value_get_object (value);
  GListModel *documents;
  guint position;

  if (self->project == NULL || self->document == NULL || dropped == NULL ||
      dropped == self->document ||
      ent_project_lookup_document (self->project, ent_document_get_id (dropped)) != dropped)
    return FALSE;

  documents = ent_project_get_documents (self->project);
  if (!g_list_store_find (G_LIST_STORE (documents), self->document, &position))
    return FALSE;

  ent_project_move_document (self->project, dropped, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-document", "s",
                              ent_document_get_id (dropped));
  return TRUE;
}

static void
setup_drag_and_drop (EntDocumentRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (ENT_TYPE_DOCUMENT, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), "ent-document-row-drop");
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
ent_document_row_dispose (GObject *object)
{
  EntDocumentRow *self = ENT_DOCUMENT_ROW (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->project);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENT_TYPE_DOCUMENT_ROW);

  G_OBJECT_CLASS (ent_document_row_parent_class)->dispose (object);
}

static void
ent_document_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EntDocumentRow *self = ENT_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, ent_document_row_get_document (self));
      break;
    case PROP_PROJECT:
      g_value_set_object (value, ent_document_row_get_project (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_project (EntDocumentRow *self,
             EntProject     *project)
{
  if (!g_set_object (&self->project, project))
    return;
  g_signal_group_set_target (self->project_signals, project);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

static void
ent_document_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EntDocumentRow *self = ENT_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      ent_document_row_set_document (self, g_value_get_object (value));
      break;
    case PROP_PROJECT:
      set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_document_row_class_init (EntDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_document_row_dispose;
  object_class->get_property = ent_document_row_get_property;
  object_class->set_property = ent_document_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         ENT_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         ENT_TYPE_PROJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, box);
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entdocumentrow");
}

static void
ent_document_row_init (EntDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  /* Importers may still fill in metadata while the row is shown. */
  self->document_signals = g_signal_group_new (ENT_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify",
                                  G_CALLBACK (update_labels), self);
  self->project_signals = g_signal_group_new (ENT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "changed",
                                  G_CALLBACK (update_counts), self);
  setup_drag_and_drop (self);
}

/**
 * ent_document_row_new:
 * @project: (nullable): the project whose positions the row counts
 */
GtkWidget *
ent_document_row_new (EntProject *project)
{
  return g_object_new (ENT_TYPE_DOCUMENT_ROW, "project", project, NULL);
}

EntDocument *
ent_document_row_get_document (EntDocumentRow *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
}

EntProject *
ent_document_row_get_project (EntDocumentRow *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT_ROW (self), NULL);

  return self->project;
}

/* The article's positions that are not rejected. */
guint
ent_document_row_get_n_positions (EntDocumentRow *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT_ROW (self), 0);

  return self->n_positions;
}

gboolean
ent_document_row_get_in_range (EntDocumentRow *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT_ROW (self), FALSE);

  return self->in_range;
}

/**
 * ent_document_row_set_counts:
 * @counts: (nullable): the positions of each article, by document id, kept
 *   current by its owner before the project's ::changed reaches the row
 *
 * Lets many rows share one count of the project's positions instead of
 * each counting them all after every change.
 */
void
ent_document_row_set_counts (EntDocumentRow *self,
                             GHashTable     *counts)
{
  g_return_if_fail (ENT_IS_DOCUMENT_ROW (self));

  if (counts != NULL)
    g_hash_table_ref (counts);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  self->counts = counts;
  update_counts (self);
}

void
ent_document_row_set_document (EntDocumentRow *self,
                               EntDocument    *document)
{
  g_return_if_fail (ENT_IS_DOCUMENT_ROW (self));
  g_return_if_fail (!document || ENT_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  g_signal_group_set_target (self->document_signals, document);
  update_labels (self);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
