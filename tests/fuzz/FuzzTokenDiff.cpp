// The claim-level token diff. Input: four JSON documents separated by NUL bytes (header and payload of the token
// before, then of the token after); the diff runs on them directly so mutations reach the comparison logic.
#include "FuzzInput.h"

#include "jwt/TokenDiff.h"

#include <QJsonDocument>

using namespace orglens;

namespace {

jwt::DecodedToken tokenOf(const QByteArray &header, const QByteArray &payload)
{
    jwt::DecodedToken token;
    token.header = QJsonDocument::fromJson(header).object();
    token.payload = QJsonDocument::fromJson(payload).object();
    token.headerJson = header;
    token.payloadJson = payload;
    return token;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::splitInput(fuzz::bytesOf(data, size), '\0', 4);
    const jwt::DecodedToken before = tokenOf(parts[0], parts[1]);
    const jwt::DecodedToken after = tokenOf(parts[2], parts[3]);
    const jwt::TokenDiff diff = jwt::diffTokens(before, after);
    QJsonDocument(diff.toJson()).toJson();
    // A token compared with itself has no differences.
    fuzz::expect(!jwt::diffTokens(before, before).hasDifferences());
    return 0;
}
