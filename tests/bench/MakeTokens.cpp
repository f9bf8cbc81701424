// bench_make_tokens N TOKENS_FILE JWKS_FILE
// Writes N RS256 tokens (one per line), all signed by one fresh RSA-2048 key, and the JWKS that verifies them.
#include "TestKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

using orglens::test::TestKey;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.size() == 4 ? args.at(1).toInt(&ok) : 0;
    QTextStream err(stderr);
    if (!ok || count <= 0) {
        err << "usage: bench_make_tokens N TOKENS_FILE JWKS_FILE\n";
        return 2;
    }
    QFile tokens(args.at(2));
    QFile jwks(args.at(3));
    if (!tokens.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !jwks.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "bench_make_tokens: cannot write the output files\n";
        return 1;
    }
    const TestKey key = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("bench-key"));
    jwks.write(orglens::test::TestTokens::jwks({key}));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://bench.example/")},
                                 {QStringLiteral("sub"), QStringLiteral("auth0|user-%1").arg(i)},
                                 {QStringLiteral("aud"), QStringLiteral("https://api.example")},
                                 {QStringLiteral("iat"), now},
                                 {QStringLiteral("exp"), now + 86400},
                                 {QStringLiteral("org_id"), QStringLiteral("org_%1").arg(i % 17)}};
        tokens.write(key.sign(claims).toLatin1() + '\n');
    }
    return 0;
}
