# Varnish (Debian's varnish, VCL 4.1) in front of the MIEUX+ app servers.
#
# What it caches is what the application says may be shared: anonymous content pages answer
# "Cache-Control: public, max-age=60, s-maxage=600" (home/page_cache.py); form pages, their
# thank-you pages, the admin and anything rendered with a CSRF token or a session answer
# "private, no-cache, no-store" and are never kept. On top of that, this file never even looks
# up in the cache: anything but GET/HEAD, the admin, documents (they may be private), the health
# probes, and any request carrying a session, CSRF or messages cookie (an editor, a visitor
# filling in a form).
#
# Purging: when content changes, the application's task worker sends "PURGE <page URL>" with the
# site's Host for each page concerned (Wagtail's frontend cache and home/signals.py, with
# FRONTEND_CACHE_PURGE_URL pointing here). The page is dropped whatever the scheme it was
# cached under (the hash includes X-Forwarded-Proto, the purge request has none). Only the
# addresses in the "purgers" ACL may purge.
#
# Backends, the director "app" and the "purgers" ACL are in backends.vcl, the one file that
# differs between installations (see backends.vcl.example).

vcl 4.1;

import directors;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        # The connection's address: headers such as X-Forwarded-For are the client's to forge.
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.X-Cache-Host == " + req.http.host + " && obj.http.X-Cache-Url == " + req.url);
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|health)/" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Other cookies (e.g. set by analytics scripts) do not change a page; drop them so anonymous
    # visitors share one copy.
    unset req.http.Cookie;
    # Varnish keeps pages gzipped. Clients that cannot take gzip get their own uncompressed copy
    # instead of a gunzip on every request (costly for large pages).
    if (req.http.Accept-Encoding !~ "gzip") {
        set req.http.X-Identity = "1";
    }
    return (hash);
}

sub vcl_hash {
    # The app redirects http to https: never answer an https visitor with the http redirect.
    hash_data(req.http.X-Forwarded-Proto);
    if (req.http.X-Identity) {
        hash_data("identity");
    }
}

sub vcl_backend_fetch {
    if (bereq.http.X-Identity) {
        unset bereq.http.Accept-Encoding;
        unset bereq.http.X-Identity;
    }
}

sub vcl_backend_response {
    # Kept with the object for purges (bans that the ban lurker can evaluate in the background).
    set beresp.http.X-Cache-Host = bereq.http.host;
    set beresp.http.X-Cache-Url = bereq.url;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        # Remember for a while that this URL is not cacheable, and fetch it every time.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve a stale page for a while if every app server is down (a purge still drops it).
    set beresp.grace = 1h;
}

sub vcl_deliver {
    unset resp.http.X-Cache-Host;
    unset resp.http.X-Cache-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
