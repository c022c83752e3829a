using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class CharacterAliasConfiguration : IEntityTypeConfiguration<CharacterAlias>
{
    public void Configure(EntityTypeBuilder<CharacterAlias> builder)
    {
        builder.Property(a => a.Alias).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(a => a.Alias);
        builder.HasIndex(a => new { a.CharacterId, a.Alias }).IsUnique();
    }
}
