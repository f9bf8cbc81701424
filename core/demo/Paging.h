#pragma once

#include "ManagementError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <variant>

namespace orglens::demo {

// The Management API's two ways of paging a list:
//   offset paging   page (0-based), per_page (default 50, at most 100), include_totals
//                   -> a bare array, or {"<key>":[...],"start","limit","total"} (plus "length" for users)
//   checkpoint      from (opaque cursor from a previous "next"), take (default 50, at most 100)
//                   -> {"<key>":[...],"next":"<cursor>"} ("next" absent on the last page)
class Paging {
public:
    // Parses page/per_page/include_totals/from/take; checkpoint paging only where the endpoint supports it.
    static std::variant<Paging, ManagementError> fromQuery(const QUrlQuery &query, bool allowCheckpoint);

    // Slices all (already filtered and ordered) into the answer for key ("users", "organizations", "members").
    QJsonValue apply(const QJsonArray &all, const QString &key) const;

    bool isCheckpoint() const { return m_checkpoint; }
    int start() const { return m_checkpoint ? m_from : m_page * m_perPage; }
    int limit() const { return m_perPage; }

private:
    bool m_checkpoint = false;
    bool m_includeTotals = false;
    int m_page = 0;
    int m_perPage = 50;
    int m_from = 0;
};

} // namespace orglens::demo
