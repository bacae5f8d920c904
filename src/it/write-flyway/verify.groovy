File written = new File(basedir, 'src/main/resources/db/migration/V1.3__add_invoice_note.sql')
assert written.isFile()
String sql = written.text
assert sql.contains('ALTER TABLE public.invoice ADD note VARCHAR(255);')
// lock-safe on the existing invoice table: the key NOT VALID, then validated; the index plain (Flyway), its concurrent build in the comment
assert sql.contains('ALTER TABLE public.invoice ADD CONSTRAINT fk_invoice_customer_id FOREIGN KEY (customer_id) REFERENCES public.customer (id) NOT VALID;')
assert sql.contains('ALTER TABLE public.invoice VALIDATE CONSTRAINT fk_invoice_customer_id;')
assert !sql.contains('CONCURRENTLY ix_invoice_number ON public.invoice (number);\n')
assert sql.contains('build it instead with CREATE INDEX CONCURRENTLY ix_invoice_number ON public.invoice (number)')
// the validation commits by itself: Flyway runs the migration statement by statement
File config = new File(basedir, 'src/main/resources/db/migration/V1.3__add_invoice_note.sql.conf')
assert config.text == 'executeInTransaction=false\n'
assert new File(basedir, 'build.log').text.contains("Migration written: ${written}")
evaluate(new File(basedir, '../../../../src/it/verify-fixed.groovy'))(basedir)
true
