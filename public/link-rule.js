/*
 * Crieur's one link rule, in plain JavaScript so that the service worker loads this very file (importScripts) and the
 * server and pages import it too (lib/validation/link.ts): the composer's schema, the inbox and the worker's clicks
 * cannot disagree. A notification may link to a path of this portal ("/inbox") or to an https URL, nothing else.
 *
 * Why so strict: browsers delete tab, CR and LF anywhere in a URL and read "\" as "/" (WHATWG URL), so
 * "/\t/evil.example" is opened as https://evil.example/. Any control, separator, format character (bidi,
 * zero-width), lone surrogate or backslash is refused, also once percent-decoded ("/%2F/evil.example").
 */
(function (root) {
  'use strict';
  var MAX_LENGTH = 2048;
  var FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}\\]/u;
  var FORBIDDEN_DECODED = /[\p{Cc}\p{Cs}]/u;
  // "//host" and "/\host" are protocol-relative: they leave the site.
  var PROTOCOL_RELATIVE = /^\/[/\\]/;

  function plain(value) {
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_LENGTH && !FORBIDDEN.test(value);
  }

  function decoded(value) {
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }

  /** A path of this site: one leading "/", nothing a browser would rewrite into another origin. */
  function isLocalPath(value) {
    if (!plain(value) || value.charAt(0) !== '/' || PROTOCOL_RELATIVE.test(value)) return false;
    var d = decoded(value);
    return d !== null && !FORBIDDEN_DECODED.test(d) && !PROTOCOL_RELATIVE.test(d);
  }

  /** An absolute https URL with a host and no user:password@ (which phishing uses to hide the real host). */
  function isHttpsUrl(value) {
    if (!plain(value) || !/^https:\/\//i.test(value)) return false;
    try {
      var u = new URL(value);
      return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }

  function isSafeLink(value) {
    return isLocalPath(value) || isHttpsUrl(value);
  }

  /** The absolute URL to open for a link, or null when the rule refuses it. */
  function linkHref(value, origin) {
    if (isLocalPath(value)) return new URL(value, origin).href;
    return isHttpsUrl(value) ? new URL(value).href : null;
  }

  /** As linkHref, but only for a page of `origin` itself. */
  function sameOriginHref(value, origin) {
    var href = linkHref(value, origin);
    return href !== null && new URL(href).origin === new URL(origin).origin ? href : null;
  }

  root.CrieurLinkRule = Object.freeze({
    MAX_LENGTH: MAX_LENGTH,
    isLocalPath: isLocalPath,
    isHttpsUrl: isHttpsUrl,
    isSafeLink: isSafeLink,
    linkHref: linkHref,
    sameOriginHref: sameOriginHref,
  });
})(globalThis);
