# A real SMTP server for the IT (the standard smtpd module of Python 3.11 and older; 3.12 removed it): each message received is appended to the file
# given as the first argument; the port it listens on is written to the second.
import asyncore, smtpd, sys

class Recorder(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        with open(sys.argv[1], 'a', encoding='utf-8') as out:
            out.write('MAIL FROM: %s\nRCPT TO: %s\n%s\n.\n' % (mailfrom, ', '.join(rcpttos), data.decode('utf-8', 'replace')))

server = Recorder(('127.0.0.1', 0), None, decode_data=False)
with open(sys.argv[2], 'w') as out:
    out.write(str(server.socket.getsockname()[1]))
asyncore.loop()
