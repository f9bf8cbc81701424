#include "CommandLine.h"

#include "Language.h"
#include "common/BuildInfo.h"
#include "common/TerminalSafe.h"
#include "secrets/CoreDumps.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    orglens::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgLens"));
    QCoreApplication::setApplicationName(QStringLiteral("orglens"));
    QCoreApplication::setApplicationVersion(orglens::versionLine());
    // The CLI follows the system locale, or $ORGLENS_LANGUAGE, or the language saved in the GUI.
    orglens::i18n::installTranslations(orglens::i18n::chooseLanguage({}, QProcessEnvironment::systemEnvironment()));

    QTextStream in(stdin);
    // What servers, CSV files and tokens say is escaped before it reaches a terminal (escape sequences, bidi controls).
    // On the file descriptors, not the FILE*: stdio would hold piped output back until exit.
    QFile standardOutput, standardError;
    standardOutput.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered);
    standardError.open(fileno(stderr), QIODevice::WriteOnly | QIODevice::Unbuffered);
    orglens::TerminalSafeDevice safeOutput(&standardOutput), safeError(&standardError);
    safeOutput.open(QIODevice::WriteOnly);
    safeError.open(QIODevice::WriteOnly);
    QTextStream out(&safeOutput);
    QTextStream err(&safeError);
    orglens::cli::CommandIo io{in, out, err};
    return orglens::cli::runCommandLine(app.arguments().mid(1), io);
}
