File written = new File(basedir, 'src/main/resources/db/migration/V1.3__add_invoice_note.sql')
assert written.isFile()
assert written.text.contains('ALTER TABLE public.invoice ADD note VARCHAR(255);')
assert new File(basedir, 'build.log').text.contains("Migration written: ${written}")
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
