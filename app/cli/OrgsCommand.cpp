#include "OrgsCommand.h"

#include "ManagementSession.h"

#include <QCoreApplication>

namespace orglens::cli {

QString OrgsCommand::summary() const
{
    return tr("Organizations: 'orgs list', 'orgs get ID|NAME'.");
}

void OrgsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"), tr("list | get ID|NAME"));
    ManagementSession::addOptions(parser);
}

int OrgsCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList arguments = parser.positionalArguments();
    const QString verb = arguments.value(0);
    if (!((verb == QLatin1String("list") && arguments.size() == 1) ||
          (verb == QLatin1String("get") && arguments.size() == 2)))
        return usageError(io, tr("expected 'orgs list' or 'orgs get ID|NAME'."));
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    auto &client = session->client();
    QObject context;
    if (verb == QLatin1String("get")) {
        const auto result = ManagementSession::wait<management::ApiResult>(
            [&](auto done) { client.getOrganization(arguments.at(1), &context, done); });
        if (!result.ok())
            return reportApiError(*this, io, result.error->text());
        printJson(io, result.body);
        return ExitSuccess;
    }
    const auto list =
        ManagementSession::wait<management::ListResult>([&](auto done) { client.listOrganizations(&context, done); });
    if (!list.ok())
        return reportApiError(*this, io, list.error->text());
    if (ManagementSession::json(parser)) {
        printJson(io, list.items);
        return ExitSuccess;
    }
    for (const QJsonValue &each : list.items) {
        const QJsonObject org = each.toObject();
        io.out << org.value(QLatin1String("id")).toString() << '\t' << org.value(QLatin1String("name")).toString()
               << '\t' << org.value(QLatin1String("display_name")).toString() << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
