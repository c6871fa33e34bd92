/* ent-export-image.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ent-export-image.h"

typedef struct
{
  gboolean         dark;
  EntPaletteScheme scheme;
  EntPageParts     parts;
} EntExportImagePrivate;

enum {
  PROP_0,
  PROP_DARK,
  PROP_SCHEME,
  PROP_PARTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EntExportImage, ent_export_image, ENT_TYPE_EXPORTER)

static void
ent_export_image_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, ent_export_image_get_dark (ENT_EXPORT_IMAGE (object)));
      break;
    case PROP_SCHEME:
      g_value_set_uint (value, ent_export_image_get_scheme (ENT_EXPORT_IMAGE (object)));
      break;
    case PROP_PARTS:
      g_value_set_uint (value, ent_export_image_get_parts (ENT_EXPORT_IMAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_image_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DARK:
      ent_export_image_set_dark (ENT_EXPORT_IMAGE (object), g_value_get_boolean (value));
      break;
    case PROP_SCHEME:
      ent_export_image_set_scheme (ENT_EXPORT_IMAGE (object), g_value_get_uint (value));
      break;
    case PROP_PARTS:
      ent_export_image_set_parts (ENT_EXPORT_IMAGE (object), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_export_image_class_init (EntExportImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ent_export_image_get_property;
  object_class->set_property = ent_export_image_set_property;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An EntPaletteScheme. */
  properties[PROP_SCHEME] =
    g_param_spec_uint ("scheme", NULL, NULL,
                       ENT_PALETTE_SCHEME_GNOME, ENT_PALETTE_SCHEME_COLORBLIND,
                       ENT_PALETTE_SCHEME_COLORBLIND,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* EntPageParts. */
  properties[PROP_PARTS] =
    g_param_spec_uint ("parts", NULL, NULL, 0, ENT_PAGE_ALL, ENT_PAGE_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_export_image_init (EntExportImage *self)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  priv->scheme = ENT_PALETTE_SCHEME_COLORBLIND;
  priv->parts = ENT_PAGE_ALL;
}

gboolean
ent_export_image_get_dark (EntExportImage *self)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_val_if_fail (ENT_IS_EXPORT_IMAGE (self), FALSE);
  return priv->dark;
}

void
ent_export_image_set_dark (EntExportImage *self,
                           gboolean        dark)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_if_fail (ENT_IS_EXPORT_IMAGE (self));

  dark = !!dark;
  if (priv->dark == dark)
    return;
  priv->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

EntPaletteScheme
ent_export_image_get_scheme (EntExportImage *self)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_val_if_fail (ENT_IS_EXPORT_IMAGE (self), ENT_PALETTE_SCHEME_COLORBLIND);
  return priv->scheme;
}

void
ent_export_image_set_scheme (EntExportImage   *self,
                             EntPaletteScheme  scheme)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_if_fail (ENT_IS_EXPORT_IMAGE (self));
  g_return_if_fail (scheme == ENT_PALETTE_SCHEME_GNOME || scheme == ENT_PALETTE_SCHEME_COLORBLIND);

  if (priv->scheme == scheme)
    return;
  priv->scheme = scheme;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEME]);
}

EntPageParts
ent_export_image_get_parts (EntExportImage *self)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_val_if_fail (ENT_IS_EXPORT_IMAGE (self), ENT_PAGE_ALL);
  return priv->parts;
}

/**
 * ent_export_image_set_parts:
 *
 * Which of the title, the actors' labels and the legend the page shows.
 */
void
ent_export_image_set_parts (EntExportImage *self,
                            EntPageParts    parts)
{
  EntExportImagePrivate *priv = ent_export_image_get_instance_private (self);

  g_return_if_fail (ENT_IS_EXPORT_IMAGE (self));

  parts &= ENT_PAGE_ALL;
  if (priv->parts == parts)
    return;
  priv->parts = parts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTS]);
}

/**
 * ent_export_image_create_painter:
 *
 * A painter for the network as it is now, with this export's palette and
 * title: the one the subclasses draw their page with, and the one a test
 * or a preview can draw with to get the same picture.
 *
 * Returns: (transfer full): a new painter
 */
EntPainter *
ent_export_image_create_painter (EntExportImage *self)
{
  EntNetwork *network = ent_exporter_get_network (ENT_EXPORTER (self));
  g_autoptr(EntScene) scene = NULL;
  g_autofree char *title = NULL;
  EntPainter *painter;

  g_return_val_if_fail (ENT_IS_EXPORT_IMAGE (self), NULL);

  if (!ent_network_get_laid_out (network))
    ent_network_layout (network, 0);
  scene = ent_scene_new (network);
  painter = ent_painter_new (scene);
  title = ent_exporter_dup_title (ENT_EXPORTER (self));
  ent_painter_set_title (painter, title);
  ent_painter_set_palette (painter, ent_palette_get_scheme (ent_export_image_get_scheme (self),
                                                           ent_export_image_get_dark (self) ?
                                                           ENT_PALETTE_DARK : ENT_PALETTE_LIGHT));
  ent_painter_set_page_parts (painter, ent_export_image_get_parts (self));
  return painter;
}
