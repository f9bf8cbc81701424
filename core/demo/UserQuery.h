#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace orglens::demo {

// The subset of Auth0's user search syntax (search_engine=v3, Lucene) that the demo tenant understands:
//   field:value   field:"quoted value"   field:prefix*   field:*   _exists_:field
//   AND, OR, NOT (also -term), parentheses, implicit AND between terms,
//   nested fields (app_metadata.default_org_id, user_metadata.x, identities.connection),
//   a bare term matching user_id, email, name or nickname (or one word of the name).
// Comparisons are case-insensitive; a wildcard is allowed only at the end of a term.
class UserQuery {
public:
    // Parses query; a blank query matches every user. Errors carry the code "invalid_query_string"
    // and a message naming the position (1-based character) and what was expected.
    static Result<UserQuery> parse(const QString &query);

    bool matches(const QJsonObject &user) const;

    struct Node;

private:
    explicit UserQuery(std::shared_ptr<const Node> root) : m_root(std::move(root)) {}

    std::shared_ptr<const Node> m_root; // null: match all
};

} // namespace orglens::demo
