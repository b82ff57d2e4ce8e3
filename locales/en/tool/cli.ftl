# The command line's own words: a mistake in the arguments, said in the
# reader's language (in English, clap's own text is printed instead).

# $kind: invalid-value, unknown-argument, unknown-command, conflict,
# missing-argument, missing-command, number-of-values, not-utf8, other;
# $argument, $value, $valid (the values it takes), $command, $prior (the
# argument it conflicts with), $detail (clap's words).
cli-error = error: { $kind ->
    [invalid-value] invalid value '{ $value }' for '{ $argument }'
    [unknown-argument] unexpected argument '{ $argument }' found
    [unknown-command] unrecognized subcommand '{ $command }'
    [conflict] the argument '{ $argument }' cannot be used with '{ $prior }'
    [missing-argument] the following required arguments were not provided: { $argument }
    [missing-command] a command is required
    [number-of-values] wrong number of values for '{ $argument }'
    [not-utf8] an argument is not valid UTF-8
   *[other] { $detail }
}
cli-possible-values = {"  "}[possible values: { $valid }]
cli-tip = {"  "}tip: a similar one exists: '{ $suggested }'
cli-usage = Usage: { $usage }
cli-more = For more information, try '--help'.

## The help's own headings, and the flags every command has

# $heading: usage, commands, options or arguments.
help-heading = { $heading ->
    [usage] Usage:
    [commands] Commands
    [options] Options
   *[arguments] Arguments
}
# $flag: help or version.
help-builtin = { $flag ->
    [help] Print help
   *[version] Print version
}
