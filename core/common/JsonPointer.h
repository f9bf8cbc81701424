#pragma once

#include <QString>

namespace orglens {

// Appends one reference token to a JSON Pointer (RFC 6901): "~" becomes "~0" and "/" becomes "~1",
// so a namespaced claim https://example.com/org_id stays one path segment.
inline QString jsonPointerAppend(const QString &pointer, const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

} // namespace orglens
