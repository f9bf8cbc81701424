#include "SingleInstance.h"

#include "jwt/TokenDecoder.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace orglens::widgets {

namespace {
constexpr auto StreamVersion = QDataStream::Qt_6_0;
constexpr char Acknowledgement = '1';
// A hand-off is one string of at most a token's length (UTF-16 plus QDataStream's length prefix).
constexpr qint64 MaxHandOffBytes = 2 * jwt::MaxTokenLength + 16;
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent) : QObject(parent), m_serverName(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_WIN
    // Windows pipe names are global: the user name keeps users apart.
    return QStringLiteral("orglens-") + qEnvironmentVariable("USERNAME");
#else
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)).filePath(QStringLiteral("orglens"));
#endif
}

bool SingleInstance::handOff(const QString &token, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QDataStream out(&socket);
    out.setVersion(StreamVersion);
    out << token;
    // Waiting for the acknowledgement means the running window has the token before this process exits.
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(timeoutMs)) {
    }
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == QByteArray(1, Acknowledgement);
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readHandOff(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (m_server->listen(m_serverName))
        return true;
    // handOff() found nobody listening, so a socket file left by a crashed instance is in the way.
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

QString SingleInstance::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void SingleInstance::readHandOff(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxHandOffBytes) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(StreamVersion);
    in.startTransaction();
    QString token;
    in >> token;
    if (!in.commitTransaction())
        return; // the rest has not arrived yet
    socket->write(QByteArray(1, Acknowledgement));
    socket->flush();
    socket->disconnectFromServer();
    emit tokenReceived(token);
}

} // namespace orglens::widgets
