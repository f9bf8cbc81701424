#include "MainWindow.h"
#include "common/BuildInfo.h"
#include "jwt/TokenDecoder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace {

// Reads a token from standard input ("orglens -"), so it never has to appear on a command line.
QString readTokenFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // One byte over the decoder's limit, so that an over-long input still gets the decoder's error.
    return QString::fromUtf8(in.read(orglens::jwt::MaxTokenLength + 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QApplication::setApplicationName(QStringLiteral("orglens"));
    QApplication::setApplicationVersion(orglens::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect Auth0 tokens and tenants."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("token"),
        QApplication::translate("main", "A token to open, or - to read it from standard input (safer: command "
                                        "lines are visible to other users of this computer)."),
        QStringLiteral("[token|-]"));
    parser.process(app);

    orglens::widgets::MainWindow window;
    window.show();
    if (const QStringList arguments = parser.positionalArguments(); !arguments.isEmpty())
        window.openToken(arguments.constFirst() == QLatin1String("-") ? readTokenFromStdin() : arguments.constFirst());
    return app.exec();
}
