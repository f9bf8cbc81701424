// bench_verify_inprocess TOKENS_FILE JWKS_FILE
// Decodes and verifies every token in-process (decodeToken + verifySignature, as the CLI does) and prints
// "tokens/s <rate>", in CPU time (like `openssl speed`, so a busy machine does not skew the ratio). Exits 1 if any
// token does not verify, so a fast but wrong verifier cannot pass.
#include "jwt/Jwt.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace orglens::jwt;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: bench_verify_inprocess TOKENS_FILE JWKS_FILE\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    QStringList tokens;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            tokens << QString::fromLatin1(line);
    }
    const auto keys = loadJwksFile(args.at(2));
    if (!keys) {
        err << keys.error().message << '\n';
        return 1;
    }

    // Decoding alone, to show how the time splits between parsing and the signature check.
    double start = cpuSeconds();
    int decoded = 0;
    for (const QString &compact : std::as_const(tokens))
        decoded += decodeToken(compact).ok() ? 1 : 0;
    const double decodeSeconds = cpuSeconds() - start;

    start = cpuSeconds();
    int valid = 0;
    for (const QString &compact : std::as_const(tokens)) {
        const auto token = decodeToken(compact);
        if (token && verifySignature(*token, *keys).valid)
            ++valid;
    }
    const double seconds = cpuSeconds() - start;
    out << "tokens " << tokens.size() << " valid " << valid << " seconds " << seconds << " tokens/s "
        << qRound(double(tokens.size()) / seconds) << " decode-only/s " << qRound(double(decoded) / decodeSeconds)
        << '\n';
    return valid == tokens.size() ? 0 : 1;
}
