using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Configurations;

internal sealed class CharacterConfiguration : IEntityTypeConfiguration<Character>
{
    public void Configure(EntityTypeBuilder<Character> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200).UseCollation("NOCASE");
        builder.HasIndex(c => new { c.StoryId, c.Name }).IsUnique().HasFilter("StoryId IS NOT NULL");
        // Library-wide characters (from a characters.json): one name per library (shared, or one server's).
        builder.HasIndex(c => c.Name).IsUnique().HasFilter("StoryId IS NULL AND GuildId IS NULL");
        builder.HasIndex(c => new { c.GuildId, c.Name }).IsUnique().HasFilter("StoryId IS NULL AND GuildId IS NOT NULL");
        builder.HasMany(c => c.Aliases).WithOne(a => a.Character).HasForeignKey(a => a.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
