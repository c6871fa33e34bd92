/* ent-document-row.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ent-document-row.h"

struct _EntDocumentRow
{
  GtkWidget     parent_instance;

  EntDocument  *document;
  GSignalGroup *document_signals;

  GtkWidget    *box;
  GtkLabel     *details_label;
  GtkLabel     *title_label;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
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
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), title);
}

static void
ent_document_row_dispose (GObject *object)
{
  EntDocumentRow *self = ENT_DOCUMENT_ROW (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ent-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, box);
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, EntDocumentRow, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entdocumentrow");
}

static void
ent_document_row_init (EntDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Importers may still fill in metadata while the row is shown. */
  self->document_signals = g_signal_group_new (ENT_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify",
                                  G_CALLBACK (update_labels), self);
}

EntDocument *
ent_document_row_get_document (EntDocumentRow *self)
{
  g_return_val_if_fail (ENT_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
