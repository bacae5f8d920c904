return evaluate(new File(basedir, '../../../../src/it/require-jdk25.groovy'))
