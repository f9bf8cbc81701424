#include "UserQuery.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace orglens::demo {

struct UserQuery::Node {
    enum class Kind { And, Or, Not, Term, Exists };
    Kind kind = Kind::Term;
    std::vector<Node> children;
    QString field; // empty for a bare term: the default fields
    QString value;
    bool prefix = false;
};

namespace {

using Node = UserQuery::Node;

const auto InvalidQuery = QStringLiteral("invalid_query_string");

struct Token {
    enum class Kind { LeftParen, RightParen, And, Or, Not, Term, End };
    Kind kind = Kind::End;
    int position = 0; // 1-based character of the token's start
    QString field;
    QString value;
    bool quoted = false;
    bool prefix = false;
    bool negated = false; // "-term"
};

Error queryError(int position, const QString &what)
{
    return {InvalidQuery, QStringLiteral("Invalid query string at character %1: %2").arg(position).arg(what)};
}

bool isDelimiter(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"';
}

class Lexer {
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Result<std::vector<Token>> tokenize()
    {
        std::vector<Token> tokens;
        while (true) {
            skipSpaces();
            if (m_pos >= m_text.size()) {
                tokens.push_back({Token::Kind::End, int(m_pos) + 1, {}, {}, false, false, false});
                return tokens;
            }
            auto token = next();
            if (!token)
                return token.error();
            tokens.push_back(std::move(token).value());
        }
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    Result<Token> next()
    {
        const int start = int(m_pos) + 1;
        const QChar c = m_text.at(m_pos);
        if (c == u'(' || c == u')') {
            ++m_pos;
            return Token{
                c == u'(' ? Token::Kind::LeftParen : Token::Kind::RightParen, start, {}, {}, false, false, false};
        }
        Token token{Token::Kind::Term, start, {}, {}, false, false, false};
        if (c == u'-') {
            token.negated = true;
            ++m_pos;
            if (m_pos >= m_text.size() || (isDelimiter(m_text.at(m_pos)) && m_text.at(m_pos) != u'"'))
                return queryError(start, QStringLiteral("'-' must be followed by a term, e.g. -email:x@example.com"));
        }
        if (m_text.at(m_pos) == u'"')
            return quotedValue(std::move(token));

        // A word: up to whitespace, a parenthesis or a quote; backslash escapes the next character.
        QString word;
        int fieldEnd = -1;
        bool wildcardInside = false;
        while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos))) {
            QChar ch = m_text.at(m_pos++);
            if (ch == u'\\') {
                if (m_pos >= m_text.size())
                    return queryError(int(m_pos), QStringLiteral("a backslash must escape a character"));
                word += m_text.at(m_pos++);
                continue;
            }
            if (ch == u':' && fieldEnd < 0) {
                fieldEnd = int(word.size());
                word += ch;
                continue;
            }
            if (ch == u'*' || ch == u'?') {
                const bool last = m_pos >= m_text.size() || isDelimiter(m_text.at(m_pos));
                if (ch == u'?' || !last)
                    wildcardInside = true;
                else
                    token.prefix = true;
                continue;
            }
            word += ch;
        }
        if (fieldEnd < 0 && !token.negated && !token.prefix) {
            if (word == QLatin1String("AND") || word == QLatin1String("&&"))
                return Token{Token::Kind::And, start, {}, {}, false, false, false};
            if (word == QLatin1String("OR") || word == QLatin1String("||"))
                return Token{Token::Kind::Or, start, {}, {}, false, false, false};
            if (word == QLatin1String("NOT") || word == QLatin1String("!"))
                return Token{Token::Kind::Not, start, {}, {}, false, false, false};
        }
        if (wildcardInside)
            return queryError(start, QStringLiteral("wildcards are only supported at the end of a term, e.g. "
                                                    "email:alice*"));
        if (fieldEnd >= 0) {
            token.field = word.left(fieldEnd);
            token.value = word.mid(fieldEnd + 1);
            static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"));
            if (!fieldName.match(token.field).hasMatch())
                return queryError(start, QStringLiteral("'%1' is not a field name; use letters, digits, '_' and "
                                                        "'.' for nested fields, e.g. app_metadata.plan")
                                             .arg(token.field));
            if (token.value.isEmpty() && !token.prefix) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"')
                    return quotedValue(std::move(token));
                return queryError(start, QStringLiteral("'%1:' needs a value, e.g. %1:\"value\"").arg(token.field));
            }
        } else {
            token.value = word;
            if (token.value.isEmpty() && token.prefix)
                return queryError(start, QStringLiteral("a bare '*' needs a field, e.g. email:*"));
        }
        return token;
    }

    Result<Token> quotedValue(Token token)
    {
        const int quoteStart = int(m_pos) + 1;
        ++m_pos; // opening quote
        QString value;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
            if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value += m_text.at(m_pos++);
        }
        if (m_pos >= m_text.size())
            return queryError(quoteStart, QStringLiteral("the quote is never closed; add a closing '\"'"));
        ++m_pos; // closing quote
        if (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)))
            return queryError(int(m_pos) + 1, QStringLiteral("expected a space or ')' after the closing quote"));
        token.value = value;
        token.quoted = true;
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

// Recursive descent: or := and (OR and)* ; and := unary ((AND)? unary)* ; unary := NOT unary | primary ;
// primary := '(' or ')' | term
class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<Node> parseAll()
    {
        auto node = parseOr();
        if (!node)
            return node;
        if (peek().kind == Token::Kind::RightParen)
            return queryError(peek().position, QStringLiteral("')' without a matching '('"));
        return node;
    }

private:
    const Token &peek() const { return m_tokens.at(m_index); }
    const Token &take() { return m_tokens.at(m_index++); }

    static bool startsOperand(Token::Kind kind)
    {
        return kind == Token::Kind::LeftParen || kind == Token::Kind::Not || kind == Token::Kind::Term;
    }

    static Node combine(Node::Kind kind, std::vector<Node> children)
    {
        if (children.size() == 1)
            return std::move(children.front());
        Node node;
        node.kind = kind;
        node.children = std::move(children);
        return node;
    }

    Result<Node> parseOr()
    {
        std::vector<Node> children;
        while (true) {
            auto operand = parseAnd();
            if (!operand)
                return operand;
            children.push_back(std::move(operand).value());
            if (peek().kind != Token::Kind::Or)
                return combine(Node::Kind::Or, std::move(children));
            take();
        }
    }

    Result<Node> parseAnd()
    {
        std::vector<Node> children;
        while (true) {
            auto operand = parseUnary();
            if (!operand)
                return operand;
            children.push_back(std::move(operand).value());
            if (peek().kind == Token::Kind::And)
                take();
            else if (!startsOperand(peek().kind))
                return combine(Node::Kind::And, std::move(children));
        }
    }

    Result<Node> parseUnary()
    {
        if (peek().kind == Token::Kind::Not) {
            take();
            auto operand = parseUnary();
            if (!operand)
                return operand;
            return negate(std::move(operand).value());
        }
        return parsePrimary();
    }

    static Node negate(Node operand)
    {
        Node node;
        node.kind = Node::Kind::Not;
        node.children.push_back(std::move(operand));
        return node;
    }

    Result<Node> parsePrimary()
    {
        const Token &token = take();
        switch (token.kind) {
        case Token::Kind::LeftParen: {
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::RightParen)
                return queryError(token.position, QStringLiteral("'(' is never closed; add a matching ')'"));
            take();
            return inner;
        }
        case Token::Kind::Term:
            return token.negated ? negate(termNode(token)) : termNode(token);
        case Token::Kind::End:
            return queryError(token.position, QStringLiteral("expected a term at the end of the query"));
        case Token::Kind::RightParen:
            return queryError(token.position, QStringLiteral("expected a term before ')'"));
        default:
            return queryError(token.position, QStringLiteral("expected a term, found an operator"));
        }
    }

    static Node termNode(const Token &token)
    {
        Node node;
        if (token.field == QLatin1String("_exists_")) {
            node.kind = Node::Kind::Exists;
            node.field = token.value;
        } else if (!token.quoted && token.prefix && token.value.isEmpty()) {
            node.kind = Node::Kind::Exists; // field:*
            node.field = token.field;
        } else {
            node.field = token.field;
            node.value = token.value;
            node.prefix = token.prefix;
        }
        return node;
    }

    std::vector<Token> m_tokens;
    std::size_t m_index = 0;
};

// The leaf values at a dotted path; arrays on the way are searched element by element.
void collect(const QJsonValue &value, const QStringList &path, qsizetype depth, std::vector<QJsonValue> &out)
{
    if (value.isArray()) {
        for (const auto &element : value.toArray())
            collect(element, path, depth, out);
        return;
    }
    if (depth == path.size()) {
        out.push_back(value);
        return;
    }
    if (value.isObject())
        collect(value.toObject().value(path.at(depth)), path, depth + 1, out);
}

std::optional<QString> scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return std::nullopt;
}

bool textMatches(const QString &text, const Node &term)
{
    return term.prefix ? text.startsWith(term.value, Qt::CaseInsensitive)
                       : text.compare(term.value, Qt::CaseInsensitive) == 0;
}

bool fieldMatches(const QJsonObject &user, const QString &field, const Node &term, bool byWord)
{
    std::vector<QJsonValue> leaves;
    collect(user, field.split(u'.'), 0, leaves);
    for (const auto &leaf : leaves) {
        const auto text = scalarText(leaf);
        if (!text)
            continue;
        if (textMatches(*text, term))
            return true;
        if (byWord) {
            for (const auto &word : text->split(u' ', Qt::SkipEmptyParts)) {
                if (textMatches(word, term))
                    return true;
            }
        }
    }
    return false;
}

bool evaluate(const Node &node, const QJsonObject &user)
{
    switch (node.kind) {
    case Node::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](const Node &child) { return evaluate(child, user); });
    case Node::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&](const Node &child) { return evaluate(child, user); });
    case Node::Kind::Not:
        return !evaluate(node.children.front(), user);
    case Node::Kind::Exists: {
        std::vector<QJsonValue> leaves;
        collect(user, node.field.split(u'.'), 0, leaves);
        return std::any_of(leaves.begin(), leaves.end(),
                           [](const QJsonValue &leaf) { return !leaf.isNull() && !leaf.isUndefined(); });
    }
    case Node::Kind::Term:
        break;
    }
    if (!node.field.isEmpty())
        return fieldMatches(user, node.field, node, false);
    static const QStringList defaultFields{QStringLiteral("user_id"), QStringLiteral("email"), QStringLiteral("name"),
                                           QStringLiteral("nickname")};
    return std::any_of(defaultFields.begin(), defaultFields.end(),
                       [&](const QString &field) { return fieldMatches(user, field, node, true); });
}

} // namespace

Result<UserQuery> UserQuery::parse(const QString &query)
{
    if (query.trimmed().isEmpty())
        return UserQuery(nullptr);
    auto tokens = Lexer(query).tokenize();
    if (!tokens)
        return tokens.error();
    auto root = Parser(std::move(tokens).value()).parseAll();
    if (!root)
        return root.error();
    return UserQuery(std::make_shared<const Node>(std::move(root).value()));
}

bool UserQuery::matches(const QJsonObject &user) const
{
    return !m_root || evaluate(*m_root, user);
}

} // namespace orglens::demo
