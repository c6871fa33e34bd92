/* ent-fetcher.c
 *
 * Copyright 2026 The Entente authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "ent-fetcher.h"
#include "ent-text-importer.h"

#define CHUNK_SIZE 65536

struct _EntFetcher
{
  GObject      parent_instance;
  SoupSession *session;
  guint        timeout_ms;
  gsize        max_size;
};

/* One download, from the first request to the last byte. */
typedef struct
{
  char         *uri;
  GUri         *current;
  guint         redirects;
  GInputStream *stream;
  GByteArray   *body;
  char         *content_type;
  char         *charset;
  GCancellable *cancellable;
  GCancellable *caller_cancellable;
  gulong        cancelled_id;
  GSource      *deadline;
  gboolean      timed_out;
} Fetch;

enum {
  PROP_0,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (EntFetcher, ent_fetcher, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
fetch_free (Fetch *fetch)
{
  if (fetch->deadline != NULL)
    {
      g_source_destroy (fetch->deadline);
      g_source_unref (fetch->deadline);
    }
  if (fetch->caller_cancellable != NULL)
    g_cancellable_disconnect (fetch->caller_cancellable, fetch->cancelled_id);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->current, g_uri_unref);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch->content_type);
  g_free (fetch->charset);
  g_free (fetch->uri);
  g_free (fetch);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fetch, fetch_free)

static gboolean
is_web_scheme (const char *scheme)
{
  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

/**
 * ent_fetcher_check_uri:
 *
 * Checks that @uri is an absolute http or https address with a host.
 */
gboolean
ent_fetcher_check_uri (const char  *uri,
                       GError     **error)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);

  if (parsed == NULL || !is_web_scheme (g_uri_get_scheme (parsed)))
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_SCHEME,
                   _("Cannot fetch “%s”: only http and https addresses can be read"), uri);
      return FALSE;
    }
  if (g_uri_get_host (parsed) == NULL || g_uri_get_host (parsed)[0] == '\0')
    {
      g_set_error (error, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_SCHEME,
                   _("Cannot fetch “%s”: the address has no server name"), uri);
      return FALSE;
    }
  return TRUE;
}

/* Turns what GIO and libsoup report into one of our errors, naming the
 * address the user gave. */
static GError *
describe_error (Fetch  *fetch,
                GError *error)
{
  const char *host = fetch->current ? g_uri_get_host (fetch->current) : "";
  const char *u = fetch->uri;

  if (fetch->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new (ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TIMEOUT,
                        _("Could not fetch %s: the server did not answer in time"), u);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);
  if (error->domain == G_RESOLVER_ERROR)
    return g_error_new (ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_HOST,
                        _("Could not fetch %s: the server name “%s” was not found"), u, host);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_error_new (ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_CONNECTION,
                        _("Could not fetch %s: the server refused the connection"), u);
  if (error->domain == G_TLS_ERROR)
    return g_error_new (ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TLS,
                        _("Could not fetch %s: the secure connection failed (%s)"), u,
                        error->message);
  return g_error_new (ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_CONNECTION,
                      _("Could not fetch %s: %s"), u, error->message);
}

static void
fail (GTask  *task,
      GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_task_return_error (task, describe_error (fetch, error));
  g_error_free (error);
}

static gboolean
deadline_passed (gpointer data)
{
  Fetch *fetch = data;

  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  g_clear_pointer (&fetch->deadline, g_source_unref);
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled (GCancellable *caller,
                  GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

static void send_request (GTask *task);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EntFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);

  if (chunk == NULL)
    return fail (task, error);
  if (g_bytes_get_size (chunk) == 0)
    {
      GByteArray *body = g_steal_pointer (&fetch->body);

      g_input_stream_close_async (fetch->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_task_return_pointer (task, g_byte_array_free_to_bytes (body), (GDestroyNotify)g_bytes_unref);
      return;
    }
  g_byte_array_append (fetch->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  if (fetch->body->len > self->max_size)
    {
      g_cancellable_cancel (fetch->cancellable);
      g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                               _("Could not fetch %s: the page is larger than %u MB"),
                               fetch->uri, (guint)(self->max_size / (1024 * 1024)));
      return;
    }
  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, g_steal_pointer (&task));
}

/* Follows a redirect by hand, so that the count and the schemes are ours
 * to check: libsoup would follow twenty, and a redirect to file:// must be
 * refused with a clear message. */
static void
follow_redirect (GTask       *task,
                 SoupMessage *message)
{
  Fetch *fetch = g_task_get_task_data (task);
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                       "Location");
  g_autoptr(GUri) next = NULL;

  g_input_stream_close_async (fetch->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&fetch->stream);
  if (location != NULL)
    next = g_uri_parse_relative (fetch->current, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (next == NULL || !is_web_scheme (g_uri_get_scheme (next)))
    return g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_REDIRECTS,
                                    _("Could not fetch %s: it redirects to “%s”, which is not "
                                      "an http or https address"),
                                    fetch->uri, location ? location : "");
  if (++fetch->redirects > ENT_FETCHER_MAX_REDIRECTS)
    return g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_REDIRECTS,
                                    _("Could not fetch %s: more than %d redirects"),
                                    fetch->uri, ENT_FETCHER_MAX_REDIRECTS);
  g_uri_unref (fetch->current);
  fetch->current = g_steal_pointer (&next);
  send_request (g_object_ref (task));
}

static void
start_reading (GTask       *task,
               SoupMessage *message)
{
  EntFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  g_autoptr(GHashTable) params = NULL;
  const char *type = soup_message_headers_get_content_type (headers, &params);
  goffset length = soup_message_headers_get_content_length (headers);

  if (length > 0 && (guint64)length > self->max_size)
    {
      g_cancellable_cancel (fetch->cancellable);
      return g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_TOO_LARGE,
                                      _("Could not fetch %s: the page is larger than %u MB"),
                                      fetch->uri, (guint)(self->max_size / (1024 * 1024)));
    }
  fetch->content_type = g_ascii_strdown (type ? type : "application/octet-stream", -1);
  fetch->charset = params ? g_strdup (g_hash_table_lookup (params, "charset")) : NULL;
  fetch->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, g_object_ref (task));
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(SoupMessage) message = g_object_ref (soup_session_get_async_result_message (SOUP_SESSION (object), result));
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  guint status;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (fetch->stream == NULL)
    return fail (task, error);
  status = soup_message_get_status (message);
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != 304)
    return follow_redirect (task, message);
  if (status >= 400 || !SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (message);

      g_input_stream_close_async (fetch->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      return g_task_return_new_error (task, ENT_IMPORT_ERROR, ENT_IMPORT_ERROR_HTTP,
                                      _("Could not fetch %s: the server answered %u %s"),
                                      fetch->uri, status,
                                      reason ? reason : soup_status_get_phrase (status));
    }
  start_reading (task, message);
}

static void
send_request (GTask *task)
{
  EntFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(SoupMessage) message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->current);
  SoupMessageHeaders *headers = soup_message_get_request_headers (message);

  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml,application/rss+xml,"
                                "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,"
                                "*/*;q=0.1");
  soup_session_send_async (self->session, message, G_PRIORITY_DEFAULT, fetch->cancellable,
                           send_cb, task);
}

static void
ent_fetcher_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  EntFetcher *self = ENT_FETCHER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout_ms);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_fetcher_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  EntFetcher *self = ENT_FETCHER (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      ent_fetcher_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      ent_fetcher_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_fetcher_dispose (GObject *object)
{
  EntFetcher *self = ENT_FETCHER (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (ent_fetcher_parent_class)->dispose (object);
}

static void
ent_fetcher_class_init (EntFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ent_fetcher_dispose;
  object_class->get_property = ent_fetcher_get_property;
  object_class->set_property = ent_fetcher_set_property;

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, G_MAXUINT, ENT_FETCHER_DEFAULT_TIMEOUT_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXUINT64, ENT_FETCHER_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ent_fetcher_init (EntFetcher *self)
{
  self->timeout_ms = ENT_FETCHER_DEFAULT_TIMEOUT_MS;
  self->max_size = ENT_FETCHER_DEFAULT_MAX_SIZE;
  self->session = soup_session_new_with_options ("user-agent", ENT_FETCHER_USER_AGENT,
                                                 "max-conns-per-host", 4,
                                                 NULL);
}

EntFetcher *
ent_fetcher_new (void)
{
  return g_object_new (ENT_TYPE_FETCHER, NULL);
}

guint
ent_fetcher_get_timeout (EntFetcher *self)
{
  g_return_val_if_fail (ENT_IS_FETCHER (self), 0);
  return self->timeout_ms;
}

gsize
ent_fetcher_get_max_size (EntFetcher *self)
{
  g_return_val_if_fail (ENT_IS_FETCHER (self), 0);
  return self->max_size;
}

void
ent_fetcher_set_timeout (EntFetcher *self,
                         guint       timeout_ms)
{
  g_return_if_fail (ENT_IS_FETCHER (self));
  g_return_if_fail (timeout_ms > 0);

  if (self->timeout_ms == timeout_ms)
    return;
  self->timeout_ms = timeout_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

void
ent_fetcher_set_max_size (EntFetcher *self,
                          gsize       max_size)
{
  g_return_if_fail (ENT_IS_FETCHER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

void
ent_fetcher_fetch_async (EntFetcher          *self,
                         const char          *uri,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(Fetch) fetch = g_new0 (Fetch, 1);
  GError *error = NULL;

  g_return_if_fail (ENT_IS_FETCHER (self));
  g_return_if_fail (uri != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ent_fetcher_fetch_async);
  if (!ent_fetcher_check_uri (uri, &error))
    return g_task_return_error (task, error);

  fetch->uri = g_strdup (uri);
  fetch->current = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  fetch->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      fetch->caller_cancellable = g_object_ref (cancellable);
      fetch->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled),
                                                   fetch->cancellable, NULL);
    }
  fetch->deadline = g_timeout_source_new (self->timeout_ms);
  g_source_set_callback (fetch->deadline, deadline_passed, fetch, NULL);
  g_source_attach (fetch->deadline, g_main_context_get_thread_default ());
  g_task_set_task_data (task, g_steal_pointer (&fetch), (GDestroyNotify)fetch_free);
  send_request (g_steal_pointer (&task));
}

/**
 * ent_fetcher_fetch_finish:
 * @content_type: (out) (optional): the media type, lower case, without parameters
 * @charset: (out) (optional) (nullable): the charset parameter, if any
 * @final_uri: (out) (optional): the address after redirects
 *
 * Returns: (transfer full): the body, or %NULL with @error set
 */
GBytes *
ent_fetcher_fetch_finish (EntFetcher    *self,
                          GAsyncResult  *result,
                          char         **content_type,
                          char         **charset,
                          char         **final_uri,
                          GError       **error)
{
  Fetch *fetch;
  GBytes *body;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if ((body = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return NULL;
  fetch = g_task_get_task_data (G_TASK (result));
  if (content_type != NULL)
    *content_type = g_strdup (fetch->content_type);
  if (charset != NULL)
    *charset = g_strdup (fetch->charset);
  if (final_uri != NULL)
    *final_uri = g_uri_to_string (fetch->current);
  return body;
}

static void
sync_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

GBytes *
ent_fetcher_fetch (EntFetcher    *self,
                   const char    *uri,
                   GCancellable  *cancellable,
                   char         **content_type,
                   char         **charset,
                   char         **final_uri,
                   GError       **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_return_val_if_fail (ENT_IS_FETCHER (self), NULL);

  g_main_context_push_thread_default (context);
  ent_fetcher_fetch_async (self, uri, cancellable, sync_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  return ent_fetcher_fetch_finish (self, result, content_type, charset, final_uri, error);
}
