#include "TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <array>
#include <optional>

namespace orglens::jwt {

namespace {

// The translation context of this file's messages.
struct TokenDecoder {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::TokenDecoder)
};

// The 6-bit value of every base64url character; -1 for bytes outside the alphabet.
constexpr std::array<qint8, 256> base64UrlValues = [] {
    std::array<qint8, 256> values{};
    values.fill(-1);
    for (int i = 0; i < 26; ++i) {
        values['A' + i] = qint8(i);
        values['a' + i] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        values['0' + i] = qint8(52 + i);
    values['-'] = 62;
    values['_'] = 63;
    return values;
}();

bool isBase64UrlChar(char c)
{
    return base64UrlValues[uchar(c)] >= 0;
}

// Decodes unpadded base64url whose length is not 1 modulo 4; nullopt at a byte outside the alphabet.
// Table-driven rather than QByteArray::fromBase64Encoding: it runs three times per token in `decode --batch`,
// where Qt's general-purpose decoder cost more than parsing the JSON.
std::optional<QByteArray> decodeUnpaddedBase64Url(QByteArrayView text)
{
    QByteArray bytes(text.size() / 4 * 3 + (text.size() % 4 ? text.size() % 4 - 1 : 0), Qt::Uninitialized);
    char *out = bytes.data();
    quint32 bits = 0;
    int pending = 0;
    for (const char c : text) {
        const qint8 value = base64UrlValues[uchar(c)];
        if (value < 0)
            return std::nullopt;
        bits = (bits << 6) | quint32(value);
        if (++pending == 4) {
            *out++ = char(bits >> 16);
            *out++ = char(bits >> 8);
            *out++ = char(bits);
            bits = 0;
            pending = 0;
        }
    }
    if (pending == 2) {
        *out++ = char(bits >> 4);
    } else if (pending == 3) {
        *out++ = char(bits >> 10);
        *out++ = char(bits >> 2);
    }
    return bytes;
}

// A character of a compact JWS or JWE: base64url, the dots between the parts, and the '=' padding some libraries
// leave at the end of a part.
bool isCompactChar(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('=') || (c.unicode() < 0x80 && isBase64UrlChar(char(c.unicode())));
}

bool hasWhitespace(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Removes what people paste around a token: whitespace, "Authorization:", "Bearer"; and the line breaks and spaces
// that mail clients, terminals and chat put inside a long JWT. Only text shaped like a JWS or JWE (dotted base64url)
// is joined up: "hello world" stays two words rather than becoming the opaque token "helloworld".
QString normalise(QStringView input, QStringList &notes)
{
    QStringView text = input.trimmed();
    static const QLatin1String authorization("authorization:");
    if (text.startsWith(authorization, Qt::CaseInsensitive)) {
        text = text.mid(authorization.size()).trimmed();
        notes << TokenDecoder::tr("Read the token from an 'Authorization:' header line.");
    }
    static const QLatin1String bearer("bearer ");
    if (text.startsWith(bearer, Qt::CaseInsensitive)) {
        text = text.mid(bearer.size()).trimmed();
        notes << TokenDecoder::tr("Removed the 'Bearer ' prefix.");
    }
    if (!hasWhitespace(text))
        return text.toString();
    QString joined;
    joined.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            joined += c;
    }
    if (!joined.contains(QLatin1Char('.')) || !std::all_of(joined.cbegin(), joined.cend(), isCompactChar))
        return text.toString();
    notes << TokenDecoder::tr("Removed line breaks/spaces inside the token.");
    return joined;
}

// The characters of a Bearer credential (RFC 6750 §2.1, "b64token"): opaque access tokens and refresh tokens are
// sent as one, so a dotless text with any other character is no token at all. '=' is allowed at the end only.
std::optional<QChar> firstNonBearerChar(QStringView text)
{
    static const QLatin1String punctuation("-._~+/");
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == QLatin1Char('='))
        --end;
    for (const QChar c : text.first(end)) {
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || punctuation.contains(c);
        if (!allowed)
            return c;
    }
    return std::nullopt;
}

// A character as an error message shows it: quoted when printable, else its code point.
QString shownCharacter(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
}

// Nesting depth of a value: 0 for scalars, 1 + the deepest member for objects and arrays. Stops counting past
// `limit`; Qt's parser already bounds the recursion (1024 levels).
int depthOf(const QJsonValue &value, int limit)
{
    if (limit <= 0 || (!value.isObject() && !value.isArray()))
        return 0;
    int deepest = 0;
    const auto visit = [&](const QJsonValue &member) { deepest = std::max(deepest, depthOf(member, limit - 1)); };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd() && deepest < limit - 1; ++it)
            visit(it.value());
    } else {
        const QJsonArray array = value.toArray();
        for (auto it = array.constBegin(); it != array.constEnd() && deepest < limit - 1; ++it)
            visit(*it);
    }
    return 1 + deepest;
}

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &what)
{
    const auto tooDeep = [&what] {
        return Error{QString::fromLatin1(DecodeError::TooDeep),
                     TokenDecoder::tr("%1: the JSON is nested more than %2 levels deep and was refused; real tokens "
                                      "nest a few levels, so this one is malformed or hostile.")
                         .arg(what)
                         .arg(MaxJsonDepth)};
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::DeepNesting)
        return tooDeep(); // past Qt's own limit
    if (error.error != QJsonParseError::NoError) {
        return Error{QString::fromLatin1(DecodeError::Json), TokenDecoder::tr("%1: invalid JSON at offset %2 (%3).")
                                                                 .arg(what)
                                                                 .arg(error.offset)
                                                                 .arg(error.errorString())};
    }
    if (!document.isObject()) {
        return Error{
            QString::fromLatin1(DecodeError::NotObject),
            TokenDecoder::tr("%1: the JSON is %2, but a JWT %1 must be a JSON object.")
                .arg(what, document.isArray() ? TokenDecoder::tr("an array") : TokenDecoder::tr("not an object"))};
    }
    if (depthOf(document.object(), MaxJsonDepth + 1) > MaxJsonDepth)
        return tooDeep();
    return document.object();
}

} // namespace

// The first character of `encoded` (trailing '=' already stripped) that base64url does not allow, as an error.
std::optional<Error> illegalBase64UrlCharacter(QByteArrayView encoded, const QString &what)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '=') {
            return Error{QString::fromLatin1(DecodeError::Base64),
                         TokenDecoder::tr("%1: padding character '=' at position %2 inside the base64url text.")
                             .arg(what)
                             .arg(i)};
        }
        if (!isBase64UrlChar(c)) {
            const QString shown = (c >= 0x21 && c < 0x7f)
                                      ? QStringLiteral("'%1'").arg(QLatin1Char(c))
                                      : QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            return Error{
                QString::fromLatin1(DecodeError::Base64),
                TokenDecoder::tr(
                    "%1: illegal character %2 at position %3; base64url allows only A-Z, a-z, 0-9, '-' and '_'.")
                    .arg(what, shown)
                    .arg(i)};
        }
    }
    return std::nullopt;
}

Result<QByteArray> decodeBase64Url(QByteArrayView encoded, const QString &what)
{
    qsizetype length = encoded.size();
    // Trailing '=' padding is not base64url, but some libraries emit it; anywhere else it is corruption.
    while (length > 0 && encoded[length - 1] == '=')
        --length;
    encoded = encoded.first(length);
    if (length % 4 == 1) {
        if (auto illegal = illegalBase64UrlCharacter(encoded, what))
            return *illegal;
        return Error{
            QString::fromLatin1(DecodeError::Base64),
            TokenDecoder::tr("%1: %2 base64url characters cannot encode whole bytes; the token was probably cut short.")
                .arg(what)
                .arg(length)};
    }
    // The decoder checks every byte itself; the scan for the offending character only runs to explain a failure.
    if (auto decoded = decodeUnpaddedBase64Url(encoded))
        return std::move(*decoded);
    return illegalBase64UrlCharacter(encoded, what)
        .value_or(
            Error{QString::fromLatin1(DecodeError::Base64), TokenDecoder::tr("%1: not valid base64url.").arg(what)});
}

namespace {

// The error for a JWE: its payload is unreadable here, but its protected header is plain base64url JSON and says how
// it was encrypted and with which key.
Error encryptedTokenError(QByteArrayView protectedHeader)
{
    QStringList fields;
    if (const auto bytes = decodeBase64Url(protectedHeader, TokenDecoder::tr("header"))) {
        if (const auto header = parseJsonObject(bytes.value(), TokenDecoder::tr("header"))) {
            for (const char *name : {"alg", "enc", "kid", "cty"}) {
                const QJsonValue value = header->value(QLatin1String(name));
                if (value.isString())
                    fields << QStringLiteral("%1 %2").arg(QLatin1String(name), value.toString());
            }
        }
    }
    const QString readable = fields.isEmpty()
                                 ? TokenDecoder::tr("Its protected header cannot be read either.")
                                 : TokenDecoder::tr("Protected header: %1.").arg(fields.join(QLatin1String(", ")));
    return Error{QString::fromLatin1(DecodeError::Encrypted),
                 TokenDecoder::tr("This is an encrypted token (JWE, 5 parts). %1 Encrypted: the payload cannot be read "
                                  "without the tenant's key (the private key of the API it was issued for).")
                     .arg(readable)};
}

} // namespace

Result<DecodedToken> decodeToken(QStringView input)
{
    DecodedToken token;
    if (input.size() > MaxTokenLength) {
        return Error{QString::fromLatin1(DecodeError::TooLarge),
                     TokenDecoder::tr("The input is %1 bytes long; tokens over %2 bytes are refused.")
                         .arg(input.size())
                         .arg(MaxTokenLength)};
    }
    token.compact = normalise(input, token.inputNotes);
    if (token.compact.isEmpty())
        return Error{QString::fromLatin1(DecodeError::Empty), TokenDecoder::tr("No token given: the input is empty.")};

    if (hasWhitespace(token.compact)) {
        return Error{QString::fromLatin1(DecodeError::NotAToken),
                     TokenDecoder::tr("This is not a token: it has spaces or line breaks between words. A token is one "
                                      "unbroken string; a JWT is three parts of letters, digits, '-' and '_' joined "
                                      "by dots.")};
    }

    const QByteArray ascii = token.compact.toUtf8();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() == 1) {
        if (const auto c = firstNonBearerChar(token.compact)) {
            return Error{
                QString::fromLatin1(DecodeError::NotAToken),
                TokenDecoder::tr("This is not a token: it contains %1, a character no token has. Opaque access tokens "
                                 "and refresh tokens use only A-Z, a-z, 0-9, '-', '.', '_', '~', '+', '/' and a "
                                 "trailing '='; a JWT is three parts joined by dots.")
                    .arg(shownCharacter(*c))};
        }
        return Error{
            QString::fromLatin1(DecodeError::Opaque),
            TokenDecoder::tr("This is an opaque token (no dots), not a JWT: it cannot be decoded. Auth0 issues opaque "
                             "access tokens when no 'audience' is requested; they are only good for /userinfo.")};
    }
    if (parts.size() == 5)
        return encryptedTokenError(parts.first());
    if (parts.size() != 3) {
        return Error{
            QString::fromLatin1(DecodeError::PartCount),
            TokenDecoder::tr("The token has %1 parts; a JWS has 3 (a JWE has 5: encrypted tokens cannot be decoded).")
                .arg(parts.size())};
    }

    const QString headerName = TokenDecoder::tr("header");
    const QString payloadName = TokenDecoder::tr("payload");
    auto headerBytes = decodeBase64Url(parts[0], headerName);
    if (!headerBytes)
        return headerBytes.error();
    auto payloadBytes = decodeBase64Url(parts[1], payloadName);
    if (!payloadBytes)
        return payloadBytes.error();
    auto signatureBytes = decodeBase64Url(parts[2], TokenDecoder::tr("signature"));
    if (!signatureBytes)
        return signatureBytes.error();

    auto header = parseJsonObject(headerBytes.value(), headerName);
    if (!header)
        return header.error();
    auto payload = parseJsonObject(payloadBytes.value(), payloadName);
    if (!payload)
        return payload.error();
    if (!header->value(QLatin1String("alg")).isString()) {
        return Error{QString::fromLatin1(DecodeError::MissingAlg),
                     TokenDecoder::tr("header: missing 'alg'; every JWS header must name its signature algorithm.")};
    }

    token.header = header.value();
    token.payload = payload.value();
    token.headerJson = std::move(headerBytes).value();
    token.payloadJson = std::move(payloadBytes).value();
    token.signature = std::move(signatureBytes).value();
    token.signingInput = parts[0] + '.' + parts[1];
    return token;
}

} // namespace orglens::jwt
