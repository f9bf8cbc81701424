#include "Paging.h"

namespace orglens::demo {

namespace {

constexpr int DefaultPerPage = 50;
constexpr int MaxPerPage = 100;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

ManagementError invalidQuery(const QString &message)
{
    return ManagementError::badRequest(QStringLiteral("Query validation error: %1").arg(message),
                                       QStringLiteral("invalid_query_string"));
}

// An integer parameter within [minimum, maximum], or the fallback when absent.
std::variant<int, ManagementError> integer(const QUrlQuery &query, const QString &name, int fallback, int minimum,
                                           int maximum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return invalidQuery(QStringLiteral("'%1' must be an integer from %2 to %3, got '%4'.")
                                .arg(name)
                                .arg(minimum)
                                .arg(maximum)
                                .arg(query.queryItemValue(name)));
    }
    return value;
}

QString cursorFor(int index)
{
    return QString::fromLatin1(QByteArray::number(index).toBase64(Base64Url));
}

} // namespace

std::variant<Paging, ManagementError> Paging::fromQuery(const QUrlQuery &query, bool allowCheckpoint)
{
    Paging paging;
    const bool checkpoint = query.hasQueryItem(QStringLiteral("from")) || query.hasQueryItem(QStringLiteral("take"));
    if (checkpoint && !allowCheckpoint)
        return invalidQuery(QStringLiteral("'from' and 'take' are not supported here; use page and per_page."));
    if (checkpoint) {
        paging.m_checkpoint = true;
        auto take = integer(query, QStringLiteral("take"), DefaultPerPage, 1, MaxPerPage);
        if (auto *error = std::get_if<ManagementError>(&take))
            return *error;
        paging.m_perPage = std::get<int>(take);
        const QString from = query.queryItemValue(QStringLiteral("from"));
        if (!from.isEmpty()) {
            bool ok = false;
            const auto decoded = QByteArray::fromBase64Encoding(from.toLatin1(), Base64Url);
            paging.m_from = decoded ? decoded.decoded.toInt(&ok) : 0;
            if (!ok || paging.m_from < 0 || cursorFor(paging.m_from) != from)
                return invalidQuery(QStringLiteral("'from' must be the 'next' value of a previous page."));
        }
        return paging;
    }
    auto perPage = integer(query, QStringLiteral("per_page"), DefaultPerPage, 0, MaxPerPage);
    if (auto *error = std::get_if<ManagementError>(&perPage))
        return *error;
    auto page = integer(query, QStringLiteral("page"), 0, 0, 1'000'000);
    if (auto *error = std::get_if<ManagementError>(&page))
        return *error;
    paging.m_perPage = std::get<int>(perPage);
    paging.m_page = std::get<int>(page);
    paging.m_includeTotals = query.queryItemValue(QStringLiteral("include_totals")) == QLatin1String("true");
    return paging;
}

QJsonValue Paging::apply(const QJsonArray &all, const QString &key) const
{
    const qsizetype first = qMin<qsizetype>(start(), all.size());
    const qsizetype last = qMin<qsizetype>(first + m_perPage, all.size());
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(all.at(i));

    if (m_checkpoint) {
        QJsonObject body{{key, items}};
        if (last < all.size())
            body.insert(QStringLiteral("next"), cursorFor(int(last)));
        return body;
    }
    if (!m_includeTotals)
        return items;
    QJsonObject body{{key, items},
                     {QStringLiteral("start"), start()},
                     {QStringLiteral("limit"), m_perPage},
                     {QStringLiteral("total"), all.size()}};
    if (key == QLatin1String("users"))
        body.insert(QStringLiteral("length"), items.size());
    return body;
}

} // namespace orglens::demo
